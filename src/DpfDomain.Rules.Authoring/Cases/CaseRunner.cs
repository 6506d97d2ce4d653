using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System;
using Ardalis.GuardClauses;
using DpfDomain.Identity;
using DpfDomain.Rules.Authoring.Messages;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Evaluation;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Authoring.Cases;

/// <summary>Reads case files and runs their cases against a catalog.</summary>
public static class CaseRunner
{
    /// <summary>Reads a case file strictly (unknown keys are errors).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The cases.</returns>
    /// <exception cref="CaseInputException">The file is not a valid case file; the message gives the line and column.</exception>
    public static CaseFile Read(string path)
    {
        var (file, root) = ReadJson<CaseFile>(path, InputMessages.CaseFile);
        file.Source = new SourceLocation(path, root);
        var cases = root["Cases"]!;
        for (var i = 0; i < file.Cases.Count; i++)
        {
            var node = cases.Items[i];
            file.Cases[i].Source = new SourceLocation(path, node);
            if (file.Cases[i].Person is { } person)
            {
                person.Source = new SourceLocation(path, node["Person"]!);
            }

            if (file.Cases[i].Employer is { } employer)
            {
                employer.Source = new SourceLocation(path, node["Employer"]!);
            }
        }

        return file;
    }

    /// <summary>Reads a person file strictly (unknown keys are errors).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The person and household input.</returns>
    /// <exception cref="CaseInputException">The file is not a valid person file; the message gives the line and column.</exception>
    public static PersonInput ReadPerson(string path)
    {
        var (person, root) = ReadJson<PersonInput>(path, InputMessages.PersonFile);
        person.Source = new SourceLocation(path, root);
        return person;
    }

    /// <summary>Reads an employer file strictly (unknown keys are errors).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The employer input.</returns>
    /// <exception cref="CaseInputException">The file is not a valid employer file; the message gives the line and column.</exception>
    public static EmployerInput ReadEmployer(string path)
    {
        var (employer, root) = ReadJson<EmployerInput>(path, InputMessages.EmployerFile);
        employer.Source = new SourceLocation(path, root);
        return employer;
    }

    private static (T Value, SourceNode Root) ReadJson<T>(string path, BilingualText what)
        where T : class
    {
        Guard.Against.NullOrWhiteSpace(path);
        var bag = new DiagnosticBag(path);
        byte[] bytes;
        try
        {
            bytes = RegularFile.ReadAllBytes(path, CaseInputLimits.MaximumFileBytes);
        }
        catch (UnreadableFileException refused)
        {
            bag.Report(refused.Problem, new SourcePosition(1, 1));
            throw Problems(bag, InputMessages.CannotBeRead(path));
        }

        // The same positioned, bilingual checks as rule sets: unknown keys with did-you-mean, wrong
        // types, missing keys; first the bounds, so that nothing too large is checked or built.
        var lines = new SourceLines(bytes);
        var root = SourceParser.Parse(lines, CaseInputLimits.MaximumDepth, out var syntax);
        if (root is null)
        {
            bag.Report(FileMessages.NotJson(syntax!.Value.Problem), syntax.Value.Position);
        }
        else
        {
            InputLimitChecker.Check(root, bag);
            if (!bag.HasErrors)
            {
                new ShapeValidator(RuleSetJson.Options, bag).Validate(root, typeof(T), string.Empty, null);
            }
        }

        if (!bag.HasErrors)
        {
            try
            {
                if (JsonSerializer.Deserialize<T>(lines.Text, RuleSetJson.Options) is { } value)
                {
                    return (value, root!);
                }

                bag.Report(InputMessages.NothingIn(what), new SourcePosition(1, 1));
            }
            catch (JsonException exception)
            {
                var reason = SourceParser.FirstSentence(exception.Message);
                bag.Report(InputMessages.DoesNotFit(what, reason), lines.Of(exception));
            }
        }

        throw Problems(bag, InputMessages.NotValid(path, what));
    }

    private static CaseInputException Problems(DiagnosticBag bag, BilingualText heading) => new(
        $"{heading.English}{Environment.NewLine}{string.Join(Environment.NewLine, bag.Items.Select(d => d.Format(chinese: false)))}",
        $"{heading.Chinese}{Environment.NewLine}{string.Join(Environment.NewLine, bag.Items.Select(d => d.Format(chinese: true)))}");

    /// <summary>Every <c>*.cases.json</c> file under a directory, in ordinal order; linked subdirectories and subdirectories that cannot be read are not entered.</summary>
    /// <param name="directory">The directory.</param>
    /// <returns>The paths.</returns>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static IReadOnlyList<string> FindCaseFiles(string directory)
    {
        Guard.Against.NullOrWhiteSpace(directory);
        return FolderFiles.Find(directory, "*" + CaseFile.FileSuffix);
    }

    /// <summary>Runs every case of a file.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="county">The county the catalog is evaluated for.</param>
    /// <param name="file">The cases.</param>
    /// <param name="fileName">The file's name, for the results.</param>
    /// <returns>One result per case, in file order.</returns>
    public static IReadOnlyList<CaseResult> Run(RuleCatalog catalog, DivisionCode county, CaseFile file, string fileName)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(file);
        if (!catalog.ProgramIds.Contains(file.Program))
        {
            // Every case is about the program: each is reported invalid, at the file's Program, with the id echoed masked and cut.
            var unknown = new CaseInputException(CaseMessages.ProgramNotInCatalog(IsoDates.Echo(file.Program), catalog.ProgramIds), "Program");
            unknown = file.Source?.Locate(unknown) ?? unknown;
            return [.. file.Cases.Select(c => Invalid(fileName, IsoDates.Echo(file.Program), c, unknown))];
        }

        return [.. file.Cases.Select(c => RunOne(catalog, county, file.Program, c, fileName))];
    }

    private static CaseResult Invalid(string fileName, string program, RuleCase rule, CaseInputException problem) =>
        new(fileName, program, rule.Name, null, [CaseMessages.InvalidCase.English + problem.Message], [CaseMessages.InvalidCase.Chinese + problem.MessageZh]);

    private static CaseResult RunOne(RuleCatalog catalog, DivisionCode county, string program, RuleCase rule, string fileName)
    {
        ProgramDecision decision;
        try
        {
            if (!IsoDates.TryParse(rule.Date, out var date))
            {
                throw new CaseInputException(CaseMessages.NotADate(IsoDates.Echo(rule.Date), IsoDates.FirstYear, IsoDates.LastYear), "Date");
            }

            if (rule.Person is not null && rule.Employer is not null)
            {
                throw new CaseInputException(CaseMessages.PersonAndEmployer(), "Employer");
            }

            if (rule.Person is null && rule.Employer is null)
            {
                throw new CaseInputException(CaseMessages.NeitherPersonNorEmployer(), null);
            }

            var overrides = Overrides(rule.Parameters);
            if (catalog.VersionInForce(program, date) is { } version)
            {
                CaseChecks.Check(version, date, rule);
            }

            decision = rule.Person is { } person
                ? Person(catalog, county, program, person, date, overrides)
                : catalog.Evaluate(EmployerFacts.From(PersonInputMapper.ToDomain(rule.Employer!), date), date, program, overrides);
        }
        catch (Exception exception) when (exception is CaseInputException or ArgumentException or ArithmeticException)
        {
            // A case read from a file is positioned there; anything else the catalog refuses is about the case as a whole
            // (its program is known: Run checked that before any case).
            var problem = exception as CaseInputException ?? new CaseInputException(CaseMessages.CannotBeEvaluated(exception.Message), null);
            problem = rule.Source?.Locate(problem) ?? problem;
            return Invalid(fileName, program, rule, problem);
        }

        var (english, chinese) = Compare(rule.Expected, decision);
        return new CaseResult(fileName, program, rule.Name, decision, english, chinese);
    }

    private static ProgramDecision Person(RuleCatalog catalog, DivisionCode county, string program, PersonInput input, NodaTime.LocalDate date, Dictionary<string, object> overrides)
    {
        var (person, household) = PersonInputMapper.ToDomain(input);
        return overrides.Count == 0
            ? new EligibilityEvaluator(catalog, county).Evaluate(person, household, date, program)
            : catalog.Evaluate(PersonFacts.From(person, household, date, county), date, program, overrides);
    }

    private static Dictionary<string, object> Overrides(IReadOnlyDictionary<string, JsonElement>? parameters) =>
        (parameters ?? new Dictionary<string, JsonElement>()).ToDictionary(
            p => p.Key,
            p => p.Value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Number when p.Value.TryGetDecimal(out var number) => (object)number,
                JsonValueKind.Number => throw new CaseInputException(CaseMessages.ParameterTooLarge(IsoDates.Echo(p.Key)), $"Parameters.{p.Key}"),
                _ => throw new CaseInputException(CaseMessages.ParameterNotANumberOrSwitch(IsoDates.Echo(p.Key)), $"Parameters.{p.Key}"),
            },
            StringComparer.Ordinal);

    private static (List<string> English, List<string> Chinese) Compare(ExpectedDecision expected, ProgramDecision actual)
    {
        var differences = new List<BilingualText>();
        if (expected.Outcome != actual.Outcome)
        {
            differences.Add(CaseResultMessages.OutcomeDiffers(expected.Outcome, actual.Outcome, actual.ErrorMessage, actual.ErrorMessageZh));
        }

        CaseAmounts.Compare(expected, actual.Totals, differences);

        if (expected.FailedRules is { } rules)
        {
            var want = rules.Order(StringComparer.Ordinal).ToArray();
            var got = actual.FailedRules.Select(f => f.RuleName).Order(StringComparer.Ordinal).ToArray();
            if (!want.SequenceEqual(got))
            {
                differences.Add(CaseResultMessages.FailedRulesDiffer(want, got));
            }
        }

        foreach (var (id, value) in expected.Outputs ?? new Dictionary<string, JsonElement>())
        {
            var want = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
            var found = actual.Outputs.TryGetValue(id, out var output);
            var got = found ? ValueText.Format(output, quoteText: false) : CaseResultMessages.NoOutput;
            var same = value.ValueKind == JsonValueKind.Number && output is IConvertible number and not string and not bool
                ? value.TryGetDecimal(out var expectedNumber) && expectedNumber == Convert.ToDecimal(number, CultureInfo.InvariantCulture)
                : want == got;
            if (!same)
            {
                differences.Add(CaseResultMessages.OutputDiffers(id, want, got));
            }
        }

        return ([.. differences.Select(d => d.English)], [.. differences.Select(d => d.Chinese)]);
    }
}
