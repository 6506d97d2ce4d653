using NodaTime;

namespace DpfDomain.Population.Roll;

/// <summary>One accepted row of a status list, waiting to be joined with the roll: a 20-byte value stored in a <see cref="StatusIndex"/>, which knows the list's file name by its number.</summary>
internal readonly struct StatusEntry
{
    private const byte HasUntil = 1;
    private const byte Designated = 2;

    private readonly LocalDate _until;
    private readonly short _months;
    private readonly byte _kind;
    private readonly byte _flags;

    internal StatusEntry(int list, int row, StatusKind kind, LocalDate from, LocalDate? until, int months, bool designatedHospital)
    {
        List = list;
        Row = row;
        From = from;
        _until = until.GetValueOrDefault();
        _months = checked((short)months);
        _kind = checked((byte)kind);
        _flags = (byte)((until.HasValue ? HasUntil : 0) | (designatedHospital ? Designated : 0));
    }

    /// <summary>The number of the list (in the order the lists were given).</summary>
    internal int List { get; }

    internal int Row { get; }

    internal StatusKind Kind => (StatusKind)_kind;

    internal LocalDate From { get; }

    internal LocalDate? Until => (_flags & HasUntil) != 0 ? _until : null;

    internal int Months => _months;

    internal bool DesignatedHospital => (_flags & Designated) != 0;

    internal bool HoldsOn(LocalDate date) => date >= From && ((_flags & HasUntil) == 0 || date <= _until);
}
