using System.CommandLine;
using System.Globalization;
using DpfDomain.ConsoleHost;
using DpfDomain.Rules.DependencyInjection;
using DpfDomain.Rules.Loading;
using DpfDomain.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

// The county's population job as another team would host it: generate a county, run it through the
// whole catalog, decode a certificate number. Settings come from appsettings.json (section "Dpf"),
// DPF_-prefixed environment variables and the options below, in that order of precedence.
var countyOption = new Option<string?>("--county") { Description = "The county's six-digit division code (default from appsettings.json: 340123)." };
var rulesOption = new Option<string?>("--rules") { Description = "A folder of *.ruleset.json files; the embedded reference catalog P1–P9 by default." };
var dateOption = new Option<string?>("--date") { Description = "The evaluation date, yyyy-MM-dd (default from appsettings.json: 2019-06-30)." };
var outOption = new Option<string?>("--out") { Description = "The output folder (default: dpf-output)." };
var fullIdsOption = new Option<bool>("--full-ids") { Description = "Write identity numbers unmasked in the decision and change files (personal data: only when the county needs them); names stay masked." };
var keyOption = new Option<string?>("--key-file") { Description = "The pseudonym key file (created when missing; keep it for next month's change list, apart from the outputs)." };
var peopleOption = new Option<int?>("--people") { Description = "How many people to generate (default 50,000)." };
var seedOption = new Option<int?>("--seed") { Description = "The generator's seed; the same seed gives the same files." };
var formatOption = new Option<string>("--format") { Description = "csv or xlsx.", DefaultValueFactory = _ => "csv" };
var encodingOption = new Option<string>("--encoding") { Description = "For CSV: utf8 (with BOM) or gb18030 (as Excel on Chinese Windows saves CSV).", DefaultValueFactory = _ => "utf8" };
var rollOption = new Option<string>("--roll") { Description = "The roll (花名册): CSV or .xlsx.", Required = true };
var listsOption = new Option<string[]>("--lists") { Description = "Status lists (低保/特困, poverty register, schools, care needs, health): CSV or .xlsx.", AllowMultipleArgumentsPerToken = true };
var decisionsOption = new Option<string?>("--decisions") { Description = "Which decision files to write: both (default), csv, jsonl or none. Next month's change list reads decisions.jsonl." };
var changesOption = new Option<bool?>("--changes") { Description = "Whether to write the change list (changes.csv): true (default) or false, e.g. to time the run into the summary alone." };
var previousOption = new Option<string?>("--previous") { Description = "The previous run's output folder (or its decisions.jsonl), for the change lists." };

var generate = new Command("generate", "Writes a generated county: a roll and its status lists, in the documented layout.")
{
    peopleOption, seedOption, outOption, formatOption, encodingOption, countyOption, dateOption,
};
generate.SetAction((parse, cancel) => Guarded(async () =>
{
    using var host = HostFactory.Build(Overrides(parse));
    var settings = host.Services.GetRequiredService<HostSettings>();
    if (Date(settings.Date) is not { } date || Format(parse.GetValue(formatOption)) is not { } format || Encoding(parse.GetValue(encodingOption)) is not { } encoding)
    {
        return Usage("--date yyyy-MM-dd, --format csv|xlsx, --encoding utf8|gb18030");
    }

    if (parse.GetValue(peopleOption) is < 0 or > 100_000_000)
    {
        return Usage("--people 0 … 100,000,000");
    }

    await host.Services.GetRequiredService<GenerateJob>().RunAsync(parse.GetValue(peopleOption) ?? settings.DefaultPeople, parse.GetValue(seedOption) ?? settings.DefaultSeed, date, settings.OutputFolder, format, encoding, cancel);
    return 0;
}));

var run = new Command("run", "Runs the roll and its status lists through every program on a date: report on screen; decisions, change lists and the workbook in --out.")
{
    rollOption, listsOption, dateOption, previousOption, outOption, rulesOption, countyOption, fullIdsOption, keyOption, decisionsOption, changesOption,
};
run.SetAction((parse, cancel) => Guarded(async () =>
{
    using var host = HostFactory.Build(Overrides(parse));
    var settings = host.Services.GetRequiredService<HostSettings>();
    if (Date(settings.Date) is not { } date || settings.DecisionFiles.ToUpperInvariant() is not ("BOTH" or "CSV" or "JSONL" or "NONE"))
    {
        return Usage("--date yyyy-MM-dd, --decisions both|csv|jsonl|none");
    }

    return await host.Services.GetRequiredService<PopulationJob>().RunAsync(parse.GetValue(rollOption)!, parse.GetValue(listsOption) ?? [], date, parse.GetValue(previousOption), settings.OutputFolder, cancel);
}));

var numberArgument = new Argument<string>("certificate-number")
{
    Description = "A disability certificate number: 18-character identity number, category 1–7, grade 1–4, optional B1, B2, … suffix.",
    DefaultValueFactory = _ => CertificateReport.ExampleNumber,
};
var onOption = new Option<string?>("--on") { Description = "The date (yyyy-MM-dd) on which to compute the holder's age; today in Asia/Shanghai by default." };
var revealOption = new Option<bool>("--reveal") { Description = "Also print the unmasked number and full birth date (personal data)." };
var decode = new Command("decode", "Decodes a disability certificate number (残疾人证号) and prints the holder facts it carries, masked.") { numberArgument, onOption, revealOption };
decode.SetAction(parse => new CertificateReport(Console.Out, Console.Error).Run(parse.GetValue(numberArgument)!, parse.GetValue(onOption), parse.GetValue(revealOption)));

var root = new RootCommand("DpfDomain sample host. Without a command: generates a county of 50,000 people, runs the whole reference catalog on 2019-06-30 and prints the report.")
{
    generate, run, decode, outOption, rulesOption, countyOption, keyOption,
};
root.SetAction((parse, cancel) => Guarded(async () =>
{
    using var host = HostFactory.Build(Overrides(parse));
    var settings = host.Services.GetRequiredService<HostSettings>();
    var date = Date(settings.Date) ?? new LocalDate(2019, 6, 30);
    var manifest = await host.Services.GetRequiredService<GenerateJob>().RunAsync(settings.DefaultPeople, settings.DefaultSeed, date, Path.Combine(settings.OutputFolder, "county"), RollFileFormat.Csv, RollTextEncoding.Utf8WithBom, cancel);
    return await host.Services.GetRequiredService<PopulationJob>().RunAsync(manifest.RollPath, manifest.ListPaths, date, null, settings.OutputFolder, cancel);
}));

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    Console.Error.WriteLine("Run with --help for the commands and options. / 加 --help 查看命令和选项。");
    return 2;
}

return await parsed.InvokeAsync();

// Configuration and file errors end the run with a message, not a stack trace: 2 for what the
// command line or settings got wrong, 1 for a file that cannot be used.
static async Task<int> Guarded(Func<Task<int>> action)
{
    try
    {
        return await action();
    }
    catch (DpfRulesConfigurationException exception)
    {
        Console.Error.WriteLine("规则设置有误 / The rules are not configured correctly:");
        Console.Error.WriteLine(exception.Message);
        return 2;
    }
    catch (DpfDomain.DpfFormatException exception)
    {
        Console.Error.WriteLine(exception.Message);
        return 2;
    }
    catch (RuleSetLoadException exception)
    {
        Console.Error.WriteLine("规则集文件有误，本次未运行 / The rule sets have problems; nothing was run:");
        foreach (var diagnostic in exception.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic.Format(chinese: true));
            Console.Error.WriteLine(diagnostic.Format(chinese: false));
        }

        return 1;
    }
    catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"文件无法读写 / A file cannot be read or written: {exception.Message}");
        return 1;
    }
}

Dictionary<string, string?> Overrides(ParseResult parse)
{
    string? Value(Option<string?> option) => parse.GetResult(option) is null ? null : parse.GetValue(option);
    return new()
    {
        ["County"] = Value(countyOption),
        ["RulesFolder"] = Value(rulesOption),
        ["Date"] = Value(dateOption),
        ["OutputFolder"] = Value(outOption),
        ["PseudonymKeyFile"] = Value(keyOption),
        ["DecisionFiles"] = parse.GetResult(decisionsOption) is null ? null : parse.GetValue(decisionsOption),
        ["ChangeList"] = parse.GetResult(changesOption) is null ? null : parse.GetValue(changesOption)?.ToString(CultureInfo.InvariantCulture),
        ["IncludeFullIdNumbers"] = parse.GetResult(fullIdsOption) is null ? null : parse.GetValue(fullIdsOption).ToString(CultureInfo.InvariantCulture),
    };
}

static LocalDate? Date(string? text) => text is not null && LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;

static RollFileFormat? Format(string? text) => text?.ToUpperInvariant() switch
{
    "CSV" => RollFileFormat.Csv,
    "XLSX" => RollFileFormat.Xlsx,
    _ => null,
};

static RollTextEncoding? Encoding(string? text) => text?.ToUpperInvariant() switch
{
    "UTF8" or "UTF-8" => RollTextEncoding.Utf8WithBom,
    "GB18030" or "GBK" => RollTextEncoding.Gb18030,
    _ => null,
};

static int Usage(string expected)
{
    Console.Error.WriteLine($"Usage: {expected}. / 用法：{expected}。");
    return 2;
}
