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
        Amount = new PeriodAmount(amount, period);
    }

    /// <summary>The item's id.</summary>
    public string Id { get; }

    /// <summary>The item's name.</summary>
    public LocalizedText? Name { get; }

    /// <summary>The amount, rounded to the fen, with the period it is paid for.</summary>
    public PeriodAmount Amount { get; }

    /// <summary>The unit of <see cref="Amount"/>: yuan.</summary>
    public BenefitUnit Unit { get; }

    /// <summary>How often it is paid (the period of <see cref="Amount"/>).</summary>
    public BenefitPeriod Period => Amount.Period;

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Amount}";
}
