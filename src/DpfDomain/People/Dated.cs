using System;
using NodaTime;

namespace DpfDomain.People;

/// <summary>
/// A status that holds over a period of days: from <see cref="From"/> through
/// <see cref="Until"/> inclusive, or open-ended. Immutable.
/// </summary>
/// <typeparam name="T">The status, e.g. <see cref="PovertyStatus"/> or <see cref="SchoolStage"/>.</typeparam>
public sealed class Dated<T>
    where T : struct, Enum
{
    /// <summary>Creates a dated status.</summary>
    /// <param name="status">The status.</param>
    /// <param name="from">The first day it holds.</param>
    /// <param name="until">The last day it holds, or <see langword="null"/> while it continues.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="until"/> is before <paramref name="from"/>.</exception>
    public Dated(T status, LocalDate from, LocalDate? until = null)
    {
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, $"Not a defined {typeof(T).Name}.");
        }

        if (until < from)
        {
            throw new ArgumentException($"The last day ({until:uuuu-MM-dd}) is before the first ({from:uuuu-MM-dd}).", nameof(until));
        }

        Status = status;
        From = from;
        Until = until;
    }

    /// <summary>The status.</summary>
    public T Status { get; }

    /// <summary>The first day it holds.</summary>
    public LocalDate From { get; }

    /// <summary>The last day it holds, or <see langword="null"/> while it continues.</summary>
    public LocalDate? Until { get; }

    /// <summary>Whether the status holds on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether <paramref name="date"/> is within the period.</returns>
    public bool HoldsOn(LocalDate date) => date >= From && (Until is null || date <= Until);

    /// <inheritdoc />
    public override string ToString() => Until is { } until ? $"{Status} {From:uuuu-MM-dd}..{until:uuuu-MM-dd}" : $"{Status} from {From:uuuu-MM-dd}";
}
