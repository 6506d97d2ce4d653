using NodaTime;
using NodaTime.Text;

namespace DpfDomain.Rules.Loading;

/// <summary>Strict <c>yyyy-MM-dd</c> dates.</summary>
internal static class IsoDates
{
    public static bool TryParse(string? text, out LocalDate date)
    {
        var result = text is null ? null : LocalDatePattern.Iso.Parse(text);
        date = result is { Success: true } ? result.Value : default;
        return result is { Success: true };
    }
}
