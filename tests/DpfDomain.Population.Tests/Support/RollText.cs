using System.Text;
using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Identity;
using DpfDomain.Population.Roll;
using NodaTime;

namespace DpfDomain.Population.Tests.Support;

/// <summary>Small rolls written by hand for reader tests: valid numbers made on the spot, files kept in memory.</summary>
internal static class RollText
{
    internal static readonly DivisionCode County = DivisionCode.Parse("340123");

    internal static readonly LocalDate Date = new(2019, 6, 30);

    internal static string Id(int year, int sequence) => ResidentIdNumber.Create(County, new LocalDate(year, 3, 14), sequence).ToUnmaskedString();

    /// <summary>A distinct valid number for each index, born on or after 1 January of a year.</summary>
    internal static string UniqueId(int index, int firstYear) =>
        ResidentIdNumber.Create(County, new LocalDate(firstYear, 1, 1).PlusDays(index / 1000), index % 1000).ToUnmaskedString();

    internal static string Certificate(string id, DisabilityCategory category, int grade) =>
        CertificateNumber.For(ResidentIdNumber.Parse(id), DisabilityProfile.Of(category, grade)).ToUnmaskedString();

    internal static RollSource Csv(string name, string text, Encoding? encoding = null)
    {
        var bytes = (encoding ?? new UTF8Encoding(false)).GetBytes(text);
        return RollSource.FromStream(name, () => new MemoryStream(bytes, writable: false));
    }

    internal static RollSource Bytes(string name, byte[] bytes) => RollSource.FromStream(name, () => new MemoryStream(bytes, writable: false));

    internal static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    internal static async Task<(List<RollHousehold> Households, RollReadReport Report)> ReadAsync(RollSource roll, params RollSource[] lists)
    {
        var reader = new RollReader(roll, lists, new RollReadOptions(County, Date));
        var households = new List<RollHousehold>();
        await foreach (var household in reader.ReadAsync())
        {
            households.Add(household);
        }

        return (households, reader.Report);
    }
}
