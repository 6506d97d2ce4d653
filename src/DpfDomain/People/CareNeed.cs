using System;
using NodaTime;

namespace DpfDomain.People;

/// <summary>An assessed need for care: how long it is expected to last. Long-term means at least six months. Immutable.</summary>
public sealed class CareNeed
{
    /// <summary>The shortest need, in months, that counts as long-term care.</summary>
    public const int LongTermMinimumMonths = 6;

    /// <summary>Creates an assessed care need.</summary>
    /// <param name="assessedOn">The assessment date.</param>
    /// <param name="expectedMonths">How many months the need is expected to last, 0–1200.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedMonths"/> is out of range.</exception>
    public CareNeed(LocalDate assessedOn, int expectedMonths)
    {
        if (expectedMonths is < 0 or > 1200)
        {
            throw new ArgumentOutOfRangeException(nameof(expectedMonths), expectedMonths, "The expected duration is 0 to 1,200 months.");
        }

        AssessedOn = assessedOn;
        ExpectedMonths = expectedMonths;
    }

    /// <summary>The assessment date.</summary>
    public LocalDate AssessedOn { get; }

    /// <summary>How many months the need is expected to last.</summary>
    public int ExpectedMonths { get; }

    /// <summary>Whether it is a long-term need (长期护理, at least six months).</summary>
    public bool IsLongTerm => ExpectedMonths >= LongTermMinimumMonths;

    /// <inheritdoc />
    public override string ToString() => $"care need of {ExpectedMonths} months assessed {AssessedOn:uuuu-MM-dd}";
}
