namespace DpfDomain.Population.Roll;

/// <summary>Why a row of a roll or status list was rejected, or what a notice is about.</summary>
public enum RollProblemCode
{
    /// <summary>A required cell is empty.</summary>
    MissingValue = 1,

    /// <summary>The identity number is not valid.</summary>
    InvalidIdNumber,

    /// <summary>The certificate number is not valid.</summary>
    InvalidCertificateNumber,

    /// <summary>The certificate number belongs to another identity number than the row's.</summary>
    CertificateDoesNotMatchId,

    /// <summary>The category or grade column disagrees with the certificate number, or is not a known value.</summary>
    InvalidCategoryOrGrade,

    /// <summary>A date is not a date, or is impossible (before birth, in the wrong order).</summary>
    InvalidDate,

    /// <summary>Another cell's value is not one of the accepted words or numbers.</summary>
    InvalidValue,

    /// <summary>The text contains bytes that are not UTF-8, or control characters.</summary>
    InvalidText,

    /// <summary>The person already appears on an earlier row.</summary>
    DuplicatePerson,

    /// <summary>The household's rows are not adjacent, or its members disagree on the registration.</summary>
    HouseholdInconsistent,

    /// <summary>A parent named in 父母身份证号 is not an accepted member of the household.</summary>
    ParentNotInHousehold,

    /// <summary>The domain refused the facts (e.g. a revocation before the issue date).</summary>
    InconsistentFacts,

    /// <summary>A status-list row names an identity number that is not on the roll (or whose roll row was rejected).</summary>
    NotOnRoll,

    /// <summary>A notice: a column header that is not part of the layout was ignored.</summary>
    UnknownColumn,
}
