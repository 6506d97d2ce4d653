namespace DpfDomain.Population.Outputs;

/// <summary>How a person's decision in a program changed since the previous run.</summary>
public enum ChangeKind
{
    /// <summary>新增: eligible now, not before.</summary>
    Added = 1,

    /// <summary>停发: eligible before, not now (with the rule that now fails, or absent from the roll).</summary>
    Stopped,

    /// <summary>金额变化: eligible both times, with another amount.</summary>
    AmountChanged,
}
