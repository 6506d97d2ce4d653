using DpfDomain.Rules.Decisions;

namespace DpfDomain.Population.Outputs;

/// <summary>One line of a change list: a person whose decision in a program changed since the previous run.</summary>
public sealed class DecisionChange
{
    internal DecisionChange(
        ChangeKind kind,
        string programId,
        string personKey,
        string idNumber,
        string name,
        string householdNo,
        int? row,
        PeriodTotals previous,
        PeriodTotals current,
        string? ruleName,
        string? reason,
        string? reasonZh)
    {
        Kind = kind;
        ProgramId = programId;
        PersonKey = personKey;
        IdNumber = idNumber;
        Name = name;
        HouseholdNo = householdNo;
        Row = row;
        Previous = previous;
        Current = current;
        RuleName = ruleName;
        Reason = reason;
        ReasonZh = reasonZh;
    }

    /// <summary>What changed.</summary>
    public ChangeKind Kind { get; }

    /// <summary>The program.</summary>
    public string ProgramId { get; }

    /// <summary>The person's pseudonym.</summary>
    public string PersonKey { get; }

    /// <summary>The identity number, masked unless the run was asked for full numbers.</summary>
    public string IdNumber { get; }

    /// <summary>The masked name.</summary>
    public string Name { get; }

    /// <summary>The household number.</summary>
    public string HouseholdNo { get; }

    /// <summary>The row of the current roll, or null for someone no longer on it.</summary>
    public int? Row { get; }

    /// <summary>The previous amounts per period (empty when not eligible before); compared period by period, never as one sum.</summary>
    public PeriodTotals Previous { get; }

    /// <summary>The current amounts per period (empty when not eligible now).</summary>
    public PeriodTotals Current { get; }

    /// <summary>For a stop, the first rule that now fails (or null when the person left the roll or the decision is an error).</summary>
    public string? RuleName { get; }

    /// <summary>For a stop, why, in English.</summary>
    public string? Reason { get; }

    /// <summary>For a stop, why, in Chinese.</summary>
    public string? ReasonZh { get; }

    /// <summary>The change, masked.</summary>
    /// <returns>E.g. <c>P7 Stopped 340123********123X: Dibao (…)</c>.</returns>
    public override string ToString() => $"{ProgramId} {Kind} {IdNumber}: {Previous} -> {Current}{(RuleName is null ? string.Empty : $" ({RuleName}: {Reason})")}";
}
