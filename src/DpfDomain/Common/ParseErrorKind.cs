namespace DpfDomain;

/// <summary>Why a piece of untrusted text could not be parsed.</summary>
public enum ParseErrorKind
{
    /// <summary>The text was null, empty or white space only.</summary>
    Empty = 1,

    /// <summary>The text has the wrong number of characters.</summary>
    Length,

    /// <summary>A character is not allowed at its position.</summary>
    Character,

    /// <summary>The first two digits are not a province code of GB/T 2260.</summary>
    Province,

    /// <summary>The birth date digits do not form a real calendar date in the accepted range.</summary>
    BirthDate,

    /// <summary>The check character does not match the one computed from the other characters.</summary>
    CheckCharacter,

    /// <summary>The category code is not 1–7.</summary>
    Category,

    /// <summary>The grade code is not 1–4.</summary>
    Grade,

    /// <summary>The reissue suffix is not <c>B</c> followed by a positive number without leading zeros.</summary>
    ReissueSuffix,

    /// <summary>The text breaks a rule of the value's format not covered by the other kinds.</summary>
    Format,
}
