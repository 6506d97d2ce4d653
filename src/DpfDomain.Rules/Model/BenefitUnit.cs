namespace DpfDomain.Rules.Model;

/// <summary>The unit of a benefit amount.</summary>
public enum BenefitUnit
{
    /// <summary>Yuan (元), rounded to the fen; for an in-kind item, its value in yuan.</summary>
    Yuan = 1,
}
