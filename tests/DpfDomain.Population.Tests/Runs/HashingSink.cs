using System.Security.Cryptography;
using System.Text;
using DpfDomain.Population.Runs;

namespace DpfDomain.Population.Tests.Runs;

/// <summary>Hashes every result as it arrives (row, person, program, outcome, amounts, failed rules), so that two large runs compare without keeping them.</summary>
internal sealed class HashingSink : IPopulationSink
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly StringBuilder _line = new();

    public long People { get; private set; }

    public long Decisions { get; private set; }

    public string Hash => Convert.ToHexString(_hash.GetCurrentHash());

    public ValueTask AddAsync(PersonResult result, CancellationToken cancellationToken)
    {
        People++;
        foreach (var decision in result.Results.ToArray())
        {
            Decisions++;
            _line.Clear().Append(result.Member.Row).Append('|').Append(result.HouseholdNo).Append('|').Append(result.Member.Person.Id.ToUnmaskedString())
                .Append('|').Append(decision.ProgramId).Append('|').Append(decision.Outcome).Append('|').Append(decision.Totals.ToString())
                .Append('|').AppendJoin(';', decision.FailedRuleNames()).Append('\n');
            _hash.AppendData(Encoding.UTF8.GetBytes(_line.ToString()));
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
