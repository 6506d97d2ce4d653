using System;
using System.Globalization;

namespace DpfDomain.Identity;

/// <summary>
/// A six-digit administrative division code of GB/T 2260, such as <c>340123</c>: province
/// (digits 1–2), prefecture (3–4) and county (5–6). Not personal data, so shown in full.
/// </summary>
/// <remarks><c>default(DivisionCode)</c> is not a code: its members throw <see cref="InvalidOperationException"/>.</remarks>
public readonly struct DivisionCode : IEquatable<DivisionCode>
{
    private readonly int _code;

    private DivisionCode(int code) => _code = code;

    /// <summary>The six digits as a string.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialised default value.</exception>
    public string Value => Code.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The six digits as a number.</summary>
    /// <exception cref="InvalidOperationException">This is the uninitialised default value.</exception>
    public int Code => _code != 0 ? _code : throw new InvalidOperationException("This DivisionCode is the uninitialised default value; create one with DivisionCode.Parse.");

    /// <summary>The province code, the first two digits.</summary>
    public int ProvinceCode => Code / 10000;

    /// <summary>The province's Chinese name.</summary>
    public string ProvinceName => Provinces.ChineseName(ProvinceCode)!;

    /// <summary>Whether the code names a county-level division (its last two digits are not 00).</summary>
    public bool IsCountyLevel => Code % 100 != 0;

    /// <summary>Whether this is a real code rather than the uninitialised default.</summary>
    public bool IsInitialised => _code != 0;

    /// <summary>Whether two codes are equal.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>Whether the digits are equal.</returns>
    public static bool operator ==(DivisionCode left, DivisionCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>Whether the digits differ.</returns>
    public static bool operator !=(DivisionCode left, DivisionCode right) => !left.Equals(right);

    /// <summary>Parses six digits whose first two are a province code.</summary>
    /// <param name="text">The text, e.g. <c>340123</c>.</param>
    /// <returns>The code or the precise reason it was rejected.</returns>
    public static ParseResult<DivisionCode> TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<DivisionCode>.Fail(ParseErrorKind.Empty, null, "The division code is empty.", "行政区划代码为空。");
        }

        if (text.Length != 6)
        {
            return ParseResult<DivisionCode>.Fail(
                ParseErrorKind.Length,
                null,
                $"A division code has 6 digits; this one has {text.Length} characters.",
                $"行政区划代码应为6位数字，实际为{text.Length}个字符。");
        }

        for (var i = 0; i < 6; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return ParseResult<DivisionCode>.Fail(IdNumberMessages.NotADigit(i + 1, text[i]));
            }
        }

        var code = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        if (!Provinces.IsValid(code / 10000))
        {
            return ParseResult<DivisionCode>.Fail(IdNumberMessages.UnknownProvince(code / 10000));
        }

        return ParseResult<DivisionCode>.Ok(new DivisionCode(code));
    }

    /// <summary>Parses six digits whose first two are a province code.</summary>
    /// <param name="text">The text, e.g. <c>340123</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="DpfFormatException">The text is not a division code; the exception says why.</exception>
    public static DivisionCode Parse(string? text) => TryParse(text).Value;

    /// <inheritdoc />
    public bool Equals(DivisionCode other) => _code == other._code;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DivisionCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _code;

    /// <summary>The six digits, e.g. <c>340123</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => _code == 0 ? "(uninitialised division code)" : Value;
}
