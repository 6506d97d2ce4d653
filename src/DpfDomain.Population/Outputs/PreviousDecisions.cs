using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text;
using System.Threading.Tasks;
using System.Threading;
using System;
using Ardalis.GuardClauses;
using DpfDomain.Population.Roll;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Model;

namespace DpfDomain.Population.Outputs;

/// <summary>
/// The eligible decisions of an earlier run, read from the JSON Lines decision file it wrote, for
/// the change list. Lines that cannot be read (damaged, too long, not ours) are reported with their
/// line number and skipped; nothing throws for any content.
/// </summary>
public sealed class PreviousDecisions
{
    /// <summary>The longest line accepted, in bytes.</summary>
    public const int MaximumLineBytes = 64 * 1024;

    /// <summary>How many unreadable lines are kept as problems (all are counted).</summary>
    public const int MaximumProblemsKept = 1_000;

    /// <summary>The key of the first line of a decision file, which names the format and the pseudonym key's fingerprint.</summary>
    internal const string FormatKey = "dpfDecisions";

    private readonly Dictionary<(string PersonKey, string ProgramId), PreviousDecision> _eligible;

    private PreviousDecisions(Dictionary<(string, string), PreviousDecision> eligible, IReadOnlyList<RollProblem> problems, long unreadable, long lines, long records, string? fingerprint)
    {
        _eligible = eligible;
        Problems = problems;
        UnreadableLines = unreadable;
        Lines = lines;
        Records = records;
        KeyFingerprint = fingerprint;
    }

    /// <summary>No earlier run: everyone eligible now is new.</summary>
    public static PreviousDecisions None { get; } = new([], [], 0, 0, 0, null);

    /// <summary>Lines that could not be read (the first <see cref="MaximumProblemsKept"/> are in <see cref="Problems"/>).</summary>
    public long UnreadableLines { get; }

    /// <summary>Decision records read (eligible or not).</summary>
    public long Records { get; }

    /// <summary>The fingerprint of the pseudonym key the file was written with (from its first line), or null when the file does not say.</summary>
    public string? KeyFingerprint { get; }

    /// <summary>The eligible decisions read.</summary>
    public IReadOnlyCollection<PreviousDecision> Eligible => _eligible.Values;

    /// <summary>Lines that could not be read, with their line numbers.</summary>
    public IReadOnlyList<RollProblem> Problems { get; }

    /// <summary>Non-empty lines read.</summary>
    public long Lines { get; }

    /// <summary>Reads a decision file from disk. Only a regular file is read (a link is followed to its final target): a folder, a pipe, a device or an empty file is refused without being opened.</summary>
    /// <param name="path">The path of the decision file.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The eligible decisions and the problems.</returns>
    /// <exception cref="Files.TabularFileException">The path names no regular file, or it cannot be opened.</exception>
    public static async Task<PreviousDecisions> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(path);
        var name = Path.GetFileName(path);
        FileStream stream;
        try
        {
            stream = DpfDomain.Rules.Loading.RegularFile.OpenRead(path, long.MaxValue);
        }
        catch (DpfDomain.Rules.Loading.UnreadableFileException refused)
        {
            throw Files.TabularFileException.Refused(name, refused);
        }

        await using (stream.ConfigureAwait(false))
        {
            return await ReadAsync(name, stream, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a decision file.</summary>
    /// <param name="name">The file name for messages.</param>
    /// <param name="stream">The JSON Lines, as written by <see cref="DecisionWriter"/>.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The eligible decisions and the problems.</returns>
    public static async Task<PreviousDecisions> ReadAsync(string name, Stream stream, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(stream);
        var eligible = new Dictionary<(string, string), PreviousDecision>();
        var problems = new List<RollProblem>();
        var lines = 0L;
        var unreadable = 0L;
        var records = 0L;
        string? fingerprint = null;
        void Unreadable(RollProblem problem)
        {
            unreadable++;
            if (problems.Count < MaximumProblemsKept)
            {
                problems.Add(problem);
            }
        }

        var programs = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var (number, line, tooLong) in BoundedLines.ReadAsync(stream, MaximumLineBytes, cancellationToken).ConfigureAwait(false))
        {
            lines++;
            if (tooLong)
            {
                Unreadable(Problem(name, number, $"The line is longer than {MaximumLineBytes / 1024} KB.", $"该行超过 {MaximumLineBytes / 1024} KB。"));
                continue;
            }

            if (lines == 1 && Fingerprint(line.Span) is { } found)
            {
                fingerprint = found;
                continue;
            }

            var (recognised, decision) = Parse(line.Span, programs);
            records += recognised ? 1 : 0;
            if (decision is not null)
            {
                eligible[(decision.PersonKey, decision.ProgramId)] = decision;
            }
            else if (!recognised)
            {
                Unreadable(Problem(name, number, "The line is not a decision record written by a population run.", "该行不是人口批量评估写出的决定记录。"));
            }
        }

        return new PreviousDecisions(eligible, problems, unreadable, lines, records, fingerprint);
    }

    /// <summary>The eligible decision of a person in a program, if there was one.</summary>
    /// <param name="personKey">The pseudonym.</param>
    /// <param name="programId">The program.</param>
    /// <returns>The decision, or null.</returns>
    public PreviousDecision? Find(string personKey, string programId) =>
        _eligible.TryGetValue((personKey, programId), out var decision) ? decision : null;

    private static RollProblem Problem(string file, long line, string en, string zh) =>
        new(file, (int)Math.Min(int.MaxValue, line), null, RollProblemCode.InvalidValue, en, zh);

    /// <summary>Reads one line: whether it is a decision record at all, and the decision when it is an eligible one.</summary>
    private static (bool Recognised, PreviousDecision? Eligible) Parse(ReadOnlySpan<byte> line, Dictionary<string, string> programs)
    {
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 4 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return (false, null);
            }

            string? key = null, program = null, outcome = null, id = null, name = null, household = null;
            PeriodTotals? amounts = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.ValueSpan;
                if (!reader.Read())
                {
                    return (false, null);
                }

                if (property.SequenceEqual("amounts"u8))
                {
                    if (ReadAmounts(ref reader) is not { } read)
                    {
                        return (false, null);
                    }

                    amounts = read;
                }
                else if (reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length <= 256)
                {
                    // Text that is not valid UTF-8 or holds a lone surrogate escape is no record of ours.
                    if (JsonStrings.TryGetString(ref reader) is not { } text)
                    {
                        return (false, null);
                    }

                    if (property.SequenceEqual("personKey"u8))
                    {
                        key = text;
                    }
                    else if (property.SequenceEqual("program"u8))
                    {
                        program = programs.TryGetValue(text, out var known) ? known : programs[text] = text;
                    }
                    else if (property.SequenceEqual("outcome"u8))
                    {
                        outcome = text;
                    }
                    else if (property.SequenceEqual("id"u8))
                    {
                        id = text;
                    }
                    else if (property.SequenceEqual("name"u8))
                    {
                        name = text;
                    }
                    else if (property.SequenceEqual("household"u8))
                    {
                        household = text;
                    }
                }
                else
                {
                    reader.Skip();
                }
            }

            if (key is null || program is null || outcome is not ("Eligible" or "NotEligible" or "NotInForce" or "Error"))
            {
                return (false, null);
            }

            return outcome != "Eligible" ? (true, null)
                : amounts is null ? (false, null)
                : (true, new PreviousDecision(key, program, id ?? string.Empty, name ?? string.Empty, household ?? string.Empty, amounts.Value));
        }
        catch (JsonException)
        {
            return (false, null);
        }
    }

    private static string? Fingerprint(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 2 });
            string? fingerprint = null;
            var format = false;
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.ValueSpan.SequenceEqual("keyFingerprint"u8) ? 1 : reader.ValueSpan.SequenceEqual(Encoding.UTF8.GetBytes(FormatKey)) ? 2 : 0;
                if (!reader.Read())
                {
                    return null;
                }

                if (property == 1 && reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length <= 64)
                {
                    fingerprint = JsonStrings.TryGetString(ref reader);
                }
                else if (property == 2)
                {
                    format = true;
                }
                else
                {
                    reader.Skip();
                }
            }

            return format ? fingerprint : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads the <c>amounts</c> object: each key a period (PerMonth, PerYear, OneOff, InKind) at most once, each value yuan from 0 to 1,000,000,000.</summary>
    private static PeriodTotals? ReadAmounts(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var amounts = PeriodTotals.Empty;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var period = JsonStrings.TryGetString(ref reader);
            if (!reader.Read() || !Enum.TryParse<BenefitPeriod>(period, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed) || amounts.Has(parsed)
                || reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var yuan) || yuan < 0 || yuan > 1_000_000_000m)
            {
                return null;
            }

            amounts += new PeriodAmount(Money.FromYuan(yuan), parsed);
        }

        return reader.TokenType == JsonTokenType.EndObject ? amounts : null;
    }

    /// <summary>The number of eligible decisions.</summary>
    /// <returns>The count as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_eligible.Count} eligible decision(s) of {Records} record(s) in {Lines} line(s), {UnreadableLines} unreadable");
}
