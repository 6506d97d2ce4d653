using System;
using System.Globalization;
using Ardalis.GuardClauses;
using DpfDomain.Disabilities;
using DpfDomain.Identity;

namespace DpfDomain.Certificates;

/// <summary>
/// A disability certificate number (残疾人证号): the holder's 18-character identity number, the
/// category code (1–7) and the grade code (1–4), then for a replacement of a lost certificate
/// <c>B1</c>, <c>B2</c>, … (no upper bound). A multiple disability is coded 7 with the grade of
/// its most severe component.
/// </summary>
/// <remarks>
/// <para>Contains an identity number, so <see cref="ToString()"/> masks it
/// (<c>340123********123X62B1</c>); <see cref="ToUnmaskedString"/> gives the full value.</para>
/// <para><c>default(CertificateNumber)</c> is not a number: its members throw
/// <see cref="InvalidOperationException"/>.</para>
/// </remarks>
public readonly struct CertificateNumber : IEquatable<CertificateNumber>
{
    private readonly ResidentIdNumber _holder;
    private readonly DisabilityCategory _category;
    private readonly DisabilityGrade _grade;
    private readonly int _reissueCount;

    private CertificateNumber(ResidentIdNumber holder, DisabilityCategory category, DisabilityGrade grade, int reissueCount)
    {
        _holder = holder;
        _category = category;
        _grade = grade;
        _reissueCount = reissueCount;
    }

    /// <summary>The holder's identity number (characters 1–18).</summary>
    public ResidentIdNumber Holder => IsInitialised ? _holder : throw Uninitialised();

    /// <summary>The category code (character 19); <see cref="DisabilityCategory.Multiple"/> for a multiple disability.</summary>
    public DisabilityCategory Category => IsInitialised ? _category : throw Uninitialised();

    /// <summary>The grade code (character 20): the grade, or a multiple disability's most severe component grade.</summary>
    public DisabilityGrade Grade => IsInitialised ? _grade : throw Uninitialised();

    /// <summary>How many times the certificate was reissued after a loss: 0 for the original, 1 for <c>B1</c>, …</summary>
    public int ReissueCount => IsInitialised ? _reissueCount : throw Uninitialised();

    /// <summary>Whether this is a real number rather than the uninitialised default.</summary>
    public bool IsInitialised => _holder.IsInitialised;

    /// <summary>Whether two numbers are equal.</summary>
    /// <param name="left">A number.</param>
    /// <param name="right">Another number.</param>
    /// <returns>Whether every part is equal.</returns>
    public static bool operator ==(CertificateNumber left, CertificateNumber right) => left.Equals(right);

    /// <summary>Whether two numbers differ.</summary>
    /// <param name="left">A number.</param>
    /// <param name="right">Another number.</param>
    /// <returns>Whether any part differs.</returns>
    public static bool operator !=(CertificateNumber left, CertificateNumber right) => !left.Equals(right);

    /// <summary>The number of a certificate for a holder and a disability profile.</summary>
    /// <param name="holder">The holder's identity number.</param>
    /// <param name="profile">The assessed disability.</param>
    /// <param name="reissueCount">0 for an original certificate, n for the nth replacement (<c>Bn</c>).</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentException"><paramref name="holder"/> is uninitialised.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reissueCount"/> is negative.</exception>
    public static CertificateNumber For(ResidentIdNumber holder, DisabilityProfile profile, int reissueCount = 0)
    {
        if (!holder.IsInitialised)
        {
            throw new ArgumentException("The holder's identity number is the uninitialised default value.", nameof(holder));
        }

        Guard.Against.Null(profile);
        ArgumentOutOfRangeException.ThrowIfNegative(reissueCount);
        return new CertificateNumber(holder, profile.Category, profile.Grade, reissueCount);
    }

    /// <summary>
    /// Parses a certificate number: 20 characters (an 18-character identity number, a category
    /// digit 1–7, a grade digit 1–4), optionally followed by <c>B</c> and a positive number
    /// without leading zeros. A lower-case <c>x</c> or <c>b</c> is accepted and normalised.
    /// </summary>
    /// <param name="text">The untrusted text.</param>
    /// <returns>The number, or the precise reason it was rejected.</returns>
    public static ParseResult<CertificateNumber> TryParse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ParseResult<CertificateNumber>.Fail(IdNumberMessages.Empty("certificate number", "残疾人证号"));
        }

        if (text.Length < 20)
        {
            return ParseResult<CertificateNumber>.Fail(
                ParseErrorKind.Length,
                null,
                $"A certificate number has 20 characters (identity number, category, grade), optionally followed by B1, B2, …; this one has {text.Length}.",
                $"残疾人证号应为20位（身份证号码、类别、等级），补办证后加B1、B2等；实际为{text.Length}位。");
        }

        var holder = ResidentIdNumber.TryParse(text[..18]);
        if (!holder.Success)
        {
            return holder.Cast<CertificateNumber>();
        }

        if (!char.IsAsciiDigit(text[18]))
        {
            return ParseResult<CertificateNumber>.Fail(IdNumberMessages.NotADigit(19, text[18]));
        }

        if (text[18] is < '1' or > '7')
        {
            return ParseResult<CertificateNumber>.Fail(
                ParseErrorKind.Category,
                19,
                $"The category code (character 19) is {text[18]}; it must be 1 (visual) to 7 (multiple).",
                $"残疾类别代码（第19位）为{text[18]}，应为1（视力）至7（多重）。");
        }

        if (!char.IsAsciiDigit(text[19]))
        {
            return ParseResult<CertificateNumber>.Fail(IdNumberMessages.NotADigit(20, text[19]));
        }

        if (text[19] is < '1' or > '4')
        {
            return ParseResult<CertificateNumber>.Fail(
                ParseErrorKind.Grade,
                20,
                $"The grade code (character 20) is {text[19]}; it must be 1 (一级) to 4 (四级).",
                $"残疾等级代码（第20位）为{text[19]}，应为1（一级）至4（四级）。");
        }

        var reissue = ParseSuffix(text.AsSpan(20));
        if (!reissue.Success)
        {
            return reissue.Cast<CertificateNumber>();
        }

        return ParseResult<CertificateNumber>.Ok(
            new CertificateNumber(holder.Value, (DisabilityCategory)(text[18] - '0'), new DisabilityGrade(text[19] - '0'), reissue.Value));
    }

    /// <summary>Parses a certificate number; see <see cref="TryParse(string?)"/>.</summary>
    /// <param name="text">The untrusted text.</param>
    /// <returns>The number.</returns>
    /// <exception cref="DpfFormatException">The text is not a certificate number; the message says why and never repeats the input.</exception>
    public static CertificateNumber Parse(string? text) => TryParse(text).Value;

    /// <summary>Whether the category and grade digits match a profile: code 7 exactly when it is multiple, and the profile's grade.</summary>
    /// <param name="profile">The assessed disability.</param>
    /// <returns>Whether the number is the one for that profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public bool IsConsistentWith(DisabilityProfile profile)
    {
        Guard.Against.Null(profile);
        return Category == profile.Category && Grade == profile.Grade;
    }

    /// <summary>The number of the next replacement after a loss (<c>B1</c> after the original, <c>B2</c> after <c>B1</c>, …).</summary>
    /// <returns>The same number with the reissue count increased by one.</returns>
    /// <exception cref="OverflowException">The reissue count is already <see cref="int.MaxValue"/>.</exception>
    public CertificateNumber NextReissue() => new(Holder, _category, _grade, checked(_reissueCount + 1));

    /// <summary>The full number, e.g. <c>11010519491231002X62B1</c>. Personal data: display <see cref="ToString()"/> instead.</summary>
    /// <returns>All characters.</returns>
    /// <exception cref="InvalidOperationException">This is the uninitialised default value.</exception>
    public string ToUnmaskedString() => Format(Holder.ToUnmaskedString());

    /// <inheritdoc />
    public bool Equals(CertificateNumber other) =>
        _holder == other._holder && _category == other._category && _grade == other._grade && _reissueCount == other._reissueCount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CertificateNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_holder, _category, _grade, _reissueCount);

    /// <summary>The number with the identity part masked: <c>340123********123X62B1</c>.</summary>
    /// <returns>The masked form.</returns>
    public override string ToString() => IsInitialised ? Format(_holder.Masked) : "(uninitialised certificate number)";

    private string Format(string holder) =>
        _reissueCount == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{holder}{(int)_category}{_grade.Level}")
            : string.Create(CultureInfo.InvariantCulture, $"{holder}{(int)_category}{_grade.Level}B{_reissueCount}");

    private static ParseResult<int> ParseSuffix(ReadOnlySpan<char> suffix)
    {
        if (suffix.IsEmpty)
        {
            return ParseResult<int>.Ok(0);
        }

        var valid = suffix.Length >= 2
            && suffix[0] is 'B' or 'b'
            && suffix[1] is >= '1' and <= '9'
            && !suffix[1..].ContainsAnyExceptInRange('0', '9');
        if (valid && int.TryParse(suffix[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return ParseResult<int>.Ok(count);
        }

        if (valid)
        {
            // Well formed, but past what a reissue count holds: say so rather than blame the format.
            var limit = int.MaxValue.ToString("N0", CultureInfo.InvariantCulture);
            return ParseResult<int>.Fail(
                ParseErrorKind.ReissueSuffix,
                22,
                $"The reissue count after B has {suffix.Length - 1} digits; a certificate number records at most {limit} reissues.",
                $"B后的补办次数有{suffix.Length - 1}位数字；证号最多记录{limit}次补办。");
        }

        return ParseResult<int>.Fail(
            ParseErrorKind.ReissueSuffix,
            21,
            "After character 20 only a reissue suffix may follow: B and a number from 1 without leading zeros (B1, B2, …).",
            "第20位之后只能是补办标记：B加从1开始、不带前导零的数字（B1、B2……）。");
    }

    private static InvalidOperationException Uninitialised() =>
        new("This CertificateNumber is the uninitialised default value; create one with CertificateNumber.Parse or For.");
}
