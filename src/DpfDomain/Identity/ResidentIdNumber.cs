using System;
using System.Globalization;
using NodaTime;

namespace DpfDomain.Identity;

/// <summary>
/// A resident identity number (公民身份号码) of GB 11643-1999: a six-digit division code, the
/// birth date <c>YYYYMMDD</c>, a three-digit sequence code whose last digit gives the sex, and
/// an ISO 7064 MOD 11-2 check character. Legacy 15-digit numbers are upgraded to 18 on parsing.
/// </summary>
/// <remarks>
/// <para>An identity number is personal information. <see cref="ToString()"/> masks it (first 6 and
/// last 4 characters shown: <c>340123********123X</c>); only <see cref="ToUnmaskedString"/> gives
/// the full value, so that every use of it is explicit and can be audited.</para>
/// <para><c>default(ResidentIdNumber)</c> is not a number: its members throw
/// <see cref="InvalidOperationException"/> and every API that accepts a number rejects it.</para>
/// </remarks>
public readonly struct ResidentIdNumber : IEquatable<ResidentIdNumber>
{
    /// <summary>The earliest birth year accepted.</summary>
    public const int MinimumBirthYear = 1800;

    /// <summary>The latest birth year accepted.</summary>
    public const int MaximumBirthYear = 2099;

    private readonly string? _value;

    private ResidentIdNumber(string value) => _value = value;

    /// <summary>The household registration division code at first registration (digits 1–6).</summary>
    public DivisionCode Division => DivisionCode.Parse(Full[..6]);

    /// <summary>The province code (digits 1–2).</summary>
    public int ProvinceCode => ((Full[0] - '0') * 10) + (Full[1] - '0');

    /// <summary>The birth date (digits 7–14).</summary>
    public LocalDate BirthDate => new(Digits(6, 4), Digits(10, 2), Digits(12, 2));

    /// <summary>The three-digit sequence code (digits 15–17).</summary>
    public int SequenceCode => Digits(14, 3);

    /// <summary>The sex: the sequence code's last digit is odd for male, even for female.</summary>
    public Sex Sex => (Full[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    /// <summary>The check character, <c>0</c>–<c>9</c> or <c>X</c>.</summary>
    public char CheckCharacter => Full[17];

    /// <summary>The masked form, keeping the first 6 and last 4 characters: <c>340123********123X</c>.</summary>
    public string Masked => Masking.MaskIdNumber(Full);

    /// <summary>Whether this is a real number rather than the uninitialised default.</summary>
    public bool IsInitialised => _value is not null;

    private string Full => _value ?? throw new InvalidOperationException("This ResidentIdNumber is the uninitialised default value; create one with ResidentIdNumber.Parse or Create.");

    /// <summary>Whether two numbers are equal.</summary>
    /// <param name="left">A number.</param>
    /// <param name="right">Another number.</param>
    /// <returns>Whether all 18 characters are equal.</returns>
    public static bool operator ==(ResidentIdNumber left, ResidentIdNumber right) => left.Equals(right);

    /// <summary>Whether two numbers differ.</summary>
    /// <param name="left">A number.</param>
    /// <param name="right">Another number.</param>
    /// <returns>Whether any character differs.</returns>
    public static bool operator !=(ResidentIdNumber left, ResidentIdNumber right) => !left.Equals(right);

    /// <summary>
    /// Parses an 18-character number, or a legacy 15-digit one (birth year 19xx, no check
    /// character) which is upgraded to 18 characters. A lower-case <c>x</c> is accepted as the
    /// check character and normalised to <c>X</c>. Nothing is trimmed.
    /// </summary>
    /// <param name="text">The untrusted text.</param>
    /// <returns>The number, or the precise reason it was rejected (length, a character, the province, the birth date or the check character).</returns>
    public static ParseResult<ResidentIdNumber> TryParse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ParseResult<ResidentIdNumber>.Fail(IdNumberMessages.Empty("identity number", "身份证号码"));
        }

        return text.Length switch
        {
            18 => ParseEighteen(text),
            15 => ParseFifteen(text),
            _ => ParseResult<ResidentIdNumber>.Fail(IdNumberMessages.IdLength(text.Length)),
        };
    }

    /// <summary>Parses an identity number; see <see cref="TryParse(string?)"/> for what is accepted.</summary>
    /// <param name="text">The untrusted text.</param>
    /// <returns>The number.</returns>
    /// <exception cref="DpfFormatException">The text is not a valid number; the message says exactly why and never repeats the input.</exception>
    public static ResidentIdNumber Parse(string? text) => TryParse(text).Value;

    /// <summary>Builds the number of a person from its parts, computing the check character.</summary>
    /// <param name="division">The division code of first registration.</param>
    /// <param name="birthDate">The birth date, in years 1800–2099.</param>
    /// <param name="sequenceCode">The sequence code 0–999; its last digit is odd for a male, even for a female.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentException"><paramref name="division"/> is uninitialised.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The birth year or the sequence code is out of range.</exception>
    public static ResidentIdNumber Create(DivisionCode division, LocalDate birthDate, int sequenceCode)
    {
        if (!division.IsInitialised)
        {
            throw new ArgumentException("The division code is the uninitialised default value.", nameof(division));
        }

        if (birthDate.Year is < MinimumBirthYear or > MaximumBirthYear)
        {
            throw new ArgumentOutOfRangeException(nameof(birthDate), $"The birth year must be {MinimumBirthYear}–{MaximumBirthYear}.");
        }

        if (sequenceCode is < 0 or > 999)
        {
            throw new ArgumentOutOfRangeException(nameof(sequenceCode), sequenceCode, "The sequence code has three digits, 000–999.");
        }

        var body = string.Create(
            CultureInfo.InvariantCulture,
            $"{division.Value}{birthDate.Year:D4}{birthDate.Month:D2}{birthDate.Day:D2}{sequenceCode:D3}");
        return new ResidentIdNumber(body + ComputeCheckCharacter(body));
    }

    /// <summary>
    /// Computes the ISO 7064 MOD 11-2 check character of the first 17 digits: weights
    /// 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, <c>S = Σ digit×weight mod 11</c>, and S = 0…10 maps to
    /// <c>1 0 X 9 8 7 6 5 4 3 2</c>.
    /// </summary>
    /// <param name="firstSeventeen">Exactly 17 ASCII digits.</param>
    /// <returns>The check character.</returns>
    /// <exception cref="ArgumentException">The input is not 17 ASCII digits.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> firstSeventeen)
    {
        if (firstSeventeen.Length != 17 || firstSeventeen.ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException("The check character is computed from exactly 17 digits.", nameof(firstSeventeen));
        }

        return IdChecksum.Compute(firstSeventeen);
    }

    /// <summary>The full 18-character number. Personal data: log or display <see cref="Masked"/> instead.</summary>
    /// <returns>All 18 characters.</returns>
    /// <exception cref="InvalidOperationException">This is the uninitialised default value.</exception>
    public string ToUnmaskedString() => Full;

    /// <inheritdoc />
    public bool Equals(ResidentIdNumber other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResidentIdNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The masked number, <c>340123********123X</c>; never the full value.</summary>
    /// <returns>The masked form.</returns>
    public override string ToString() => _value is null ? "(uninitialised identity number)" : Masked;

    private int Digits(int start, int count) => int.Parse(Full.AsSpan(start, count), NumberStyles.None, CultureInfo.InvariantCulture);

    private static ParseResult<ResidentIdNumber> ParseEighteen(string text)
    {
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return ParseResult<ResidentIdNumber>.Fail(IdNumberMessages.NotADigit(i + 1, text[i]));
            }
        }

        var check = text[17] == 'x' ? 'X' : text[17];
        if (!char.IsAsciiDigit(check) && check != 'X')
        {
            return ParseResult<ResidentIdNumber>.Fail(IdNumberMessages.NotACheckCharacter(18, text[17]));
        }

        var problem = CheckProvinceAndBirthDate(text.AsSpan(0, 6), text.AsSpan(6, 8), 7);
        if (problem is not null)
        {
            return ParseResult<ResidentIdNumber>.Fail(problem);
        }

        var expected = IdChecksum.Compute(text.AsSpan(0, 17));
        if (expected != check)
        {
            return ParseResult<ResidentIdNumber>.Fail(IdNumberMessages.CheckCharacter(check, expected));
        }

        return ParseResult<ResidentIdNumber>.Ok(new ResidentIdNumber(check == text[17] ? text : string.Concat(text.AsSpan(0, 17), "X")));
    }

    private static ParseResult<ResidentIdNumber> ParseFifteen(string text)
    {
        for (var i = 0; i < 15; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return ParseResult<ResidentIdNumber>.Fail(IdNumberMessages.NotADigit(i + 1, text[i]));
            }
        }

        var body = string.Concat(text.AsSpan(0, 6), "19", text.AsSpan(6));
        var problem = CheckProvinceAndBirthDate(body.AsSpan(0, 6), body.AsSpan(6, 8), 7);
        return problem is not null
            ? ParseResult<ResidentIdNumber>.Fail(problem)
            : ParseResult<ResidentIdNumber>.Ok(new ResidentIdNumber(body + IdChecksum.Compute(body)));
    }

    private static ParseError? CheckProvinceAndBirthDate(ReadOnlySpan<char> division, ReadOnlySpan<char> birth, int birthPosition)
    {
        var province = int.Parse(division[..2], NumberStyles.None, CultureInfo.InvariantCulture);
        if (!Provinces.IsValid(province))
        {
            return IdNumberMessages.UnknownProvince(province);
        }

        var year = int.Parse(birth[..4], NumberStyles.None, CultureInfo.InvariantCulture);
        var month = int.Parse(birth.Slice(4, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        var day = int.Parse(birth.Slice(6, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        if (year is < MinimumBirthYear or > MaximumBirthYear)
        {
            return IdNumberMessages.BirthYearOutOfRange(birthPosition, MinimumBirthYear, MaximumBirthYear);
        }

        if (month is < 1 or > 12)
        {
            return IdNumberMessages.BirthMonth(birthPosition, month);
        }

        var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
        return day < 1 || day > daysInMonth ? IdNumberMessages.BirthDay(birthPosition, month, day, daysInMonth) : null;
    }
}
