using BenchmarkDotNet.Attributes;
using DpfDomain.Certificates;
using DpfDomain.Identity;

namespace DpfDomain.Benchmarks;

/// <summary>Parsing identity and certificate numbers, against a bare check-character loop as the baseline.</summary>
[MemoryDiagnoser]
public class IdentityBenchmarks
{
    private const string IdText = "11010519491231002X";
    private const string CertificateText = "11010519491231002X62B1";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    [Benchmark(Baseline = true)]
    public char HandWrittenCheckCharacter()
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (IdText[i] - '0') * Weights[i];
        }

        return "10X98765432"[sum % 11];
    }

    [Benchmark]
    public ResidentIdNumber ParseIdNumber() => ResidentIdNumber.Parse(IdText);

    [Benchmark]
    public CertificateNumber ParseCertificateNumber() => CertificateNumber.Parse(CertificateText);

    [Benchmark]
    public string MaskIdNumber() => ResidentIdNumber.Parse(IdText).ToString();
}
