using DpfDomain.Disabilities;

namespace DpfDomain.Population.Outputs;

/// <summary>Holders of a certificate valid on the run date, for one category and grade.</summary>
/// <param name="Category">The category (多重 counted as itself).</param>
/// <param name="Grade">The grade, 1 to 4.</param>
/// <param name="Holders">How many.</param>
public sealed record CertificateCount(DisabilityCategory Category, int Grade, int Holders);
