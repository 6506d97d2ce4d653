using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Decisions;

/// <summary>One computed benefit item of an eligible decision. Immutable.</summary>
public sealed class BenefitLine
{
    internal BenefitLine(string id, LocalizedText? name, Money amount, BenefitUnit unit, BenefitPeriod period)
    {
        Unit = unit;
        Id = id;
        Name = name;
        Amount = amount;
        Period = period;
    }

    /// <summary>The item's id.</summary>
    public string Id { get; }

    /// <summary>The item's name.</summary>
    public LocalizedText? Name { get; }

    /// <summary>The amount, rounded to the fen.</summary>
    public Money Amount { get; }

    /// <summary>The unit of <see cref="Amount"/>: yuan.</summary>
    public BenefitUnit Unit { get; }

    /// <summary>How often it is paid.</summary>
    public BenefitPeriod Period { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Amount} {Period}";
}
