using System.Collections.Generic;
using System.Linq;

namespace DpfDomain.Population.Roll;

/// <summary>
/// What reading a roll and its status lists found: counts that always add up (people read =
/// accepted + rejected; list rows read = applied + rejected) and the problems, each with file, row,
/// column and reason. Filled while the households are read; complete once the enumeration has ended.
/// Mutable: read it from one thread after the run.
/// </summary>
public sealed class RollReadReport
{
    private readonly List<RollProblem> _problems = [];
    private readonly Dictionary<RollProblemCode, int> _rejectedPeopleByCode = [];
    private readonly Dictionary<RollProblemCode, int> _rejectedListRowsByCode = [];
    private readonly Dictionary<string, string> _encodings = [];
    private readonly int _keep;

    internal RollReadReport(int keep) => _keep = keep;

    /// <summary>Data rows of the roll, one per person (blank rows are not counted).</summary>
    public int PeopleRead { get; internal set; }

    /// <summary>People accepted and handed to the run.</summary>
    public int PeopleAccepted { get; internal set; }

    /// <summary>People whose row was rejected.</summary>
    public int PeopleRejected { get; internal set; }

    /// <summary>Households handed to the run (those with at least one accepted member).</summary>
    public int Households { get; internal set; }

    /// <summary>Data rows of all status lists.</summary>
    public int ListRowsRead { get; internal set; }

    /// <summary>Status-list rows applied to an accepted person or household.</summary>
    public int ListRowsApplied { get; internal set; }

    /// <summary>Status-list rows rejected (invalid, or naming someone not accepted from the roll).</summary>
    public int ListRowsRejected { get; internal set; }

    /// <summary>Rejected roll rows by the first reason found on each.</summary>
    public IReadOnlyDictionary<RollProblemCode, int> RejectedPeopleByCode => _rejectedPeopleByCode;

    /// <summary>Rejected status-list rows by the first reason found on each.</summary>
    public IReadOnlyDictionary<RollProblemCode, int> RejectedListRowsByCode => _rejectedListRowsByCode;

    /// <summary>The problems kept (the first <see cref="RollReadOptions.MaximumProblemsKept"/>), in the order found.</summary>
    public IReadOnlyList<RollProblem> Problems => _problems;

    /// <summary>Problems found but not kept, beyond the limit.</summary>
    public int ProblemsNotKept { get; private set; }

    /// <summary>The encoding each CSV file was read with (UTF-8, UTF-16, GB18030/GBK), by file name.</summary>
    public IReadOnlyDictionary<string, string> Encodings => _encodings;

    /// <summary>Whether the counts add up: people read = accepted + rejected, and list rows read = applied + rejected.</summary>
    public bool IsBalanced => PeopleRead == PeopleAccepted + PeopleRejected && ListRowsRead == ListRowsApplied + ListRowsRejected;

    internal void Note(RollProblem problem)
    {
        if (_problems.Count < _keep)
        {
            _problems.Add(problem);
        }
        else
        {
            ProblemsNotKept++;
        }
    }

    internal void RejectPerson(RollProblemCode firstCode)
    {
        PeopleRejected++;
        _rejectedPeopleByCode[firstCode] = _rejectedPeopleByCode.GetValueOrDefault(firstCode) + 1;
    }

    internal void RejectListRow(RollProblemCode firstCode)
    {
        ListRowsRejected++;
        _rejectedListRowsByCode[firstCode] = _rejectedListRowsByCode.GetValueOrDefault(firstCode) + 1;
    }

    internal void RejectListRows(RollProblemCode firstCode, int count)
    {
        ListRowsRejected += count;
        _rejectedListRowsByCode[firstCode] = _rejectedListRowsByCode.GetValueOrDefault(firstCode) + count;
    }

    internal void Encoding(string file, string? encoding)
    {
        if (encoding is not null)
        {
            _encodings[file] = encoding;
        }
    }

    /// <summary>A one-line summary.</summary>
    /// <returns>The counts.</returns>
    public override string ToString() =>
        $"{PeopleRead} people read: {PeopleAccepted} accepted, {PeopleRejected} rejected; {ListRowsRead} list rows: {ListRowsApplied} applied, {ListRowsRejected} rejected; {_problems.Count + ProblemsNotKept} problem(s){(_rejectedPeopleByCode.Count == 0 ? string.Empty : $"; rejected people by reason: {string.Join(", ", _rejectedPeopleByCode.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))}")}";
}
