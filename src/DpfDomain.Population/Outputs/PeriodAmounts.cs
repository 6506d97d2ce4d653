using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using DpfDomain.Rules.Model;

namespace DpfDomain.Population.Outputs;

/// <summary>Amounts per period in four slots: a small read-only dictionary for the many decisions a run and its change list hold.</summary>
internal sealed class PeriodAmounts : IReadOnlyDictionary<BenefitPeriod, Money>
{
    private readonly Money[] _amounts = new Money[4];
    private byte _present;

    internal static PeriodAmounts Empty { get; } = new();

    public int Count { get; private set; }

    public IEnumerable<BenefitPeriod> Keys
    {
        get
        {
            foreach (var (period, _) in this)
            {
                yield return period;
            }
        }
    }

    public IEnumerable<Money> Values
    {
        get
        {
            foreach (var (_, amount) in this)
            {
                yield return amount;
            }
        }
    }

    public Money this[BenefitPeriod key] => TryGetValue(key, out var amount) ? amount : throw new KeyNotFoundException($"No amount {key}.");

    internal void Add(BenefitPeriod period, Money amount)
    {
        var slot = Slot(period);
        if ((_present & (1 << slot)) == 0)
        {
            _present |= (byte)(1 << slot);
            Count++;
        }

        _amounts[slot] += amount;
    }

    public bool ContainsKey(BenefitPeriod key) => Slot(key) is var slot and >= 0 and < 4 && (_present & (1 << slot)) != 0;

    public bool TryGetValue(BenefitPeriod key, [MaybeNullWhen(false)] out Money value)
    {
        value = ContainsKey(key) ? _amounts[Slot(key)] : default;
        return ContainsKey(key);
    }

    public IEnumerator<KeyValuePair<BenefitPeriod, Money>> GetEnumerator()
    {
        for (var slot = 0; slot < 4; slot++)
        {
            if ((_present & (1 << slot)) != 0)
            {
                yield return new KeyValuePair<BenefitPeriod, Money>((BenefitPeriod)(slot + 1), _amounts[slot]);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static int Slot(BenefitPeriod period) => (int)period - 1;
}
