using System.Globalization;
using DpfDomain.Identity;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace DpfDomain.Tests.Identity;

public sealed partial class ResidentIdNumberTests
{
    [DomainProperty]
    public void Parse_AnyValidNumber_RoundTripsWithItsParts(ResidentIdNumber id)
    {
        var text = id.ToUnmaskedString();
        var parsed = ResidentIdNumber.Parse(text);

        Assert.Equal(id, parsed);
        Assert.Equal(text, parsed.ToUnmaskedString());
        Assert.Equal(text[..6], parsed.Division.Value);
        Assert.Equal(int.Parse(text[..2], CultureInfo.InvariantCulture), parsed.ProvinceCode);
        Assert.Equal(text.Substring(6, 8), parsed.BirthDate.ToString("uuuuMMdd", CultureInfo.InvariantCulture));
        Assert.Equal((text[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female, parsed.Sex);
        Assert.Equal(ResidentIdNumber.ComputeCheckCharacter(text.AsSpan(0, 17)), parsed.CheckCharacter);
    }

    [DomainProperty]
    public void Parse_LowerCaseX_IsNormalisedToUpperCase(ResidentIdNumber id)
    {
        var text = id.ToUnmaskedString();
        if (text[17] != 'X')
        {
            return;
        }

        var parsed = ResidentIdNumber.Parse(string.Concat(text.AsSpan(0, 17), "x"));

        Assert.Equal(text, parsed.ToUnmaskedString());
    }

    [DomainProperty]
    public Property Parse_AnySingleChangedCharacter_IsRejected(ResidentIdNumber id)
    {
        var text = id.ToUnmaskedString();
        var changes =
            from position in Gen.Choose(0, 17)
            from replacement in Gen.Elements("0123456789Xx".ToCharArray())
            where char.ToUpperInvariant(replacement) != text[position]
            select (position, replacement);
        return Prop.ForAll(changes.ToArbitrary(), change =>
        {
            var chars = text.ToCharArray();
            chars[change.position] = change.replacement;
            var result = ResidentIdNumber.TryParse(new string(chars));
            return !result.Success;
        });
    }

    [DomainProperty]
    public void Parse_LegacyFifteenDigits_UpgradesToTheEighteenCharacterNumber(ResidentIdNumber id)
    {
        if (id.BirthDate.Year is < 1900 or > 1999)
        {
            id = ResidentIdNumber.Create(id.Division, new LocalDate(1900 + (id.BirthDate.Year % 100), id.BirthDate.Month, id.BirthDate.Month == 2 && id.BirthDate.Day == 29 ? 28 : id.BirthDate.Day), id.SequenceCode);
        }

        var full = id.ToUnmaskedString();
        var legacy = string.Concat(full.AsSpan(0, 6), full.AsSpan(8, 9));

        var upgraded = ResidentIdNumber.Parse(legacy);

        Assert.Equal(15, legacy.Length);
        Assert.Equal(id, upgraded);
        Assert.Equal(id.BirthDate, upgraded.BirthDate);
        Assert.Equal(id.Sex, upgraded.Sex);
    }

    [DomainProperty]
    public void ToString_AnyNumber_ShowsOnlyTheFirstSixAndLastFourCharacters(ResidentIdNumber id)
    {
        var full = id.ToUnmaskedString();
        var shown = id.ToString();

        Assert.Equal(string.Concat(full.AsSpan(0, 6), "********", full.AsSpan(14, 4)), shown);
        Assert.Equal(shown, id.Masked);
        Assert.DoesNotContain(full, shown, System.StringComparison.Ordinal);
    }

    [DomainProperty]
    public void CheckCharacter_AnyNumber_SatisfiesIso7064Mod11_2(ResidentIdNumber id)
    {
        // ISO 7064 MOD 11-2 verification, independent of the weight table: the sum over all 18
        // characters of value × 2^(18 − position) is ≡ 1 (mod 11), with X worth 10.
        var text = id.ToUnmaskedString();
        var sum = 0;
        for (var i = 0; i < 18; i++)
        {
            var value = text[i] == 'X' ? 10 : text[i] - '0';
            sum = (sum + (value * (1 << (17 - i)))) % 11;
        }

        Assert.Equal(1, sum);
    }
}
