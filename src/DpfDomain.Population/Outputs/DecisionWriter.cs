using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using DpfDomain.Population.Files;
using DpfDomain.Population.Roll;
using DpfDomain.Population.Runs;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Model;

namespace DpfDomain.Population.Outputs;

/// <summary>
/// Writes one line per person × program, as CSV (Chinese headers, for staff) and/or JSON Lines (for
/// programs and for next month's change list): the row, household, pseudonym, identity number
/// (masked unless <c>includeFullIdNumbers</c>), masked name, program, outcome, amounts per period,
/// failed rule ids, rule-set version and content hash. The JSON Lines start with one line naming the
/// format and the pseudonym key's fingerprint. A sink of a <see cref="PopulationRun"/>.
/// </summary>
public sealed class DecisionWriter : IPopulationSink, IAsyncDisposable
{
    private static readonly string[] PeriodKeys = [string.Empty, .. PeriodTotals.Periods.Select(p => p.ToString())];
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private readonly CsvTableWriter? _csv;
    private readonly Stream? _jsonStream;
    private readonly ArrayBufferWriter<byte> _jsonBuffer = new(1 << 17);
    private readonly Utf8JsonWriter? _json;
    private readonly PersonKeys _keys;
    private readonly bool _fullIds;
    private readonly object?[] _cells = new object?[DecisionFileColumns.Csv.Count];

    /// <summary>Creates a writer over streams, which it leaves open.</summary>
    /// <param name="csv">Where the CSV goes, or null.</param>
    /// <param name="jsonLines">Where the JSON Lines go, or null.</param>
    /// <param name="keys">The pseudonym key.</param>
    /// <param name="includeFullIdNumbers">Whether to write identity numbers unmasked (personal data: only when the caller asks).</param>
    /// <exception cref="ArgumentNullException"><paramref name="keys"/> is null.</exception>
    public DecisionWriter(Stream? csv, Stream? jsonLines, PersonKeys keys, bool includeFullIdNumbers = false)
    {
        Guard.Against.Null(keys);
        _keys = keys;
        _fullIds = includeFullIdNumbers;
        _csv = csv is null ? null : TableFile.OpenCsv(csv, DecisionFileColumns.Csv);
        _jsonStream = jsonLines;
        _json = jsonLines is null ? null : new Utf8JsonWriter(_jsonBuffer, JsonOptions);
        if (_json is not null)
        {
            _json.WriteStartObject();
            _json.WriteNumber(PreviousDecisions.FormatKey, 1);
            _json.WriteString("keyFingerprint", keys.Fingerprint);
            _json.WriteEndObject();
            _json.Flush();
            _jsonBuffer.Write("\n"u8);
            _json.Reset();
        }
    }

    /// <summary>Lines written so far (per file).</summary>
    public long Lines { get; private set; }

    /// <inheritdoc />
    public async ValueTask AddAsync(PersonResult result, CancellationToken cancellationToken)
    {
        Guard.Against.Null(result);
        var person = result.Member.Person;
        var key = _keys.Of(person.Id);
        var id = _fullIds ? person.Id.ToUnmaskedString() : person.Id.Masked;
        var name = person.Name.Masked;
        var householdNo = _fullIds ? result.HouseholdNo : CellText.MaskedHouseholdNo(result.HouseholdNo);
        var written = Write(result, householdNo, key, id, name);
        if ((Lines & 0x3FFF) < written)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes one line per program of the person; returns how many.</summary>
    private int Write(PersonResult result, string householdNo, string key, string id, string name)
    {
        var results = result.Results;
        foreach (var decision in results)
        {
            if (_csv is not null)
            {
                WriteCsv(result.Member.Row, householdNo, key, id, name, decision, decision.Totals, decision.InKindItems, FailedNames(decision));
            }

            if (_json is not null)
            {
                WriteJson(result.Member.Row, householdNo, key, id, name, decision, decision.Totals, decision.InKindItems);
            }

            Lines++;
        }

        return results.Length;
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(CancellationToken cancellationToken) => FlushAsync(cancellationToken);

    /// <summary>Flushes and releases the writers (the streams stay open).</summary>
    /// <returns>A task.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_csv is not null)
        {
            await _csv.DisposeAsync().ConfigureAwait(false);
        }

        if (_json is not null)
        {
            await FlushJsonAsync(CancellationToken.None).ConfigureAwait(false);
            await _json.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void WriteCsv(int row, string householdNo, string key, string id, string name, in ProgramResult decision, PeriodTotals amounts, int inKind, string failed)
    {
        _cells[0] = row;
        _cells[1] = householdNo;
        _cells[2] = key;
        _cells[3] = id;
        _cells[4] = name;
        _cells[5] = decision.ProgramId;
        _cells[6] = OutcomeNames.Chinese(decision.Outcome);
        _cells[7] = Yuan(amounts, BenefitPeriod.PerMonth);
        _cells[8] = Yuan(amounts, BenefitPeriod.PerYear);
        _cells[9] = Yuan(amounts, BenefitPeriod.OneOff);
        _cells[10] = inKind == 0 ? null : inKind;
        _cells[11] = Yuan(amounts, BenefitPeriod.InKind);
        _cells[12] = failed.Length == 0 ? null : failed;
        _cells[13] = decision.Version?.Version;
        _cells[14] = decision.Version?.ContentHash;
        _cells[15] = decision.ErrorMessageZh;
        _csv!.WriteRow(_cells);
    }

    private void WriteJson(int row, string householdNo, string key, string id, string name, in ProgramResult decision, PeriodTotals amounts, int inKind)
    {
        var json = _json!;
        json.WriteStartObject();
        json.WriteNumber("row", row);
        json.WriteString("household", householdNo);
        json.WriteString("personKey", key);
        json.WriteString("id", id);
        json.WriteString("name", name);
        json.WriteString("program", decision.ProgramId);
        json.WriteString("outcome", decision.Outcome.ToString());
        json.WriteStartObject("amounts");
        foreach (var period in PeriodTotals.Periods)
        {
            if (amounts.Find(period) is { } amount)
            {
                json.WriteNumber(PeriodKeys[(int)period], amount.Yuan);
            }
        }

        json.WriteEndObject();
        json.WriteNumber("inKindItems", inKind);
        json.WriteStartArray("failedRules");
        if (decision.Version is { } version)
        {
            for (var i = 0; i < version.RuleNames.Count; i++)
            {
                if ((decision.FailedRuleMask & (1UL << i)) != 0)
                {
                    json.WriteStringValue(version.RuleNames[i]);
                }
            }
        }

        json.WriteEndArray();
        json.WriteString("version", decision.Version?.Version);
        json.WriteString("contentHash", decision.Version?.ContentHash);
        json.WriteString("error", decision.ErrorMessage);
        json.WriteEndObject();
        json.Flush();
        _jsonBuffer.Write("\n"u8);
        json.Reset();
        if (_jsonBuffer.WrittenCount > (1 << 16))
        {
            _jsonStream!.Write(_jsonBuffer.WrittenSpan);
            _jsonBuffer.ResetWrittenCount();
        }
    }

    private async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (_csv is not null)
        {
            await _csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        await FlushJsonAsync(cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask FlushJsonAsync(CancellationToken cancellationToken)
    {
        if (_jsonStream is not null)
        {
            await _jsonStream.WriteAsync(_jsonBuffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            _jsonBuffer.ResetWrittenCount();
            await _jsonStream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The failed rules' names joined with ';', or empty.</summary>
    private static string FailedNames(in ProgramResult decision) =>
        decision.FailedRuleMask == 0 ? string.Empty : string.Join(";", decision.FailedRuleNames());

    private static decimal? Yuan(PeriodTotals amounts, BenefitPeriod period) => amounts.Find(period)?.Yuan;
}
