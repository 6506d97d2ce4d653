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
    /// <summary>
    /// Reads a case file strictly (unknown keys are errors). The file as a whole (its JSON, its
    /// bounds, its <c>Program</c> and its list of cases) must be valid, or nothing is read; then each
    /// case is read alone: a case with a problem of its own (a misspelt key, a wrong value, a date
    /// that is not one, a negative amount, a person the domain refuses…) is kept with its positioned
    /// problems and reported as an invalid case when run, while the other cases run.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>The cases.</returns>
    /// <exception cref="CaseInputException">The file is not a valid case file; the message gives the line and column.</exception>
    public static CaseFile Read(string path)
    {
        var (root, bag) = ReadJson(path, InputMessages.CaseFile);

        // The file's own keys first, with its list of cases left empty: each case is checked alone below.
        var top = new SourceNode(root.Kind, root.Position);
        top.Properties.AddRange(root.Properties.Select(p => p.Name == "Cases" && p.Value.Kind == JsonValueKind.Array ? p with { Value = new SourceNode(JsonValueKind.Array, p.Value.Position) } : p));
        top.Items.AddRange(root.Items);
        var header = Check<CaseFile>(top, string.Empty, bag, InputMessages.CaseFile, root);
        if (header is null)
        {
            throw Problems(bag, InputMessages.NotValid(path, InputMessages.CaseFile));
        }

        var cases = root["Cases"]!.Items.Select((node, i) => ReadCase(path, root, node, i)).ToList();
        return new CaseFile { Schema = header.Schema, Program = header.Program, Cases = cases, Source = new SourceLocation(path, root) };
    }

    /// <summary>One case of a file: read, positioned and checked for what can be checked without the catalog; its problems kept with it.</summary>
    private static RuleCase ReadCase(string path, SourceNode root, SourceNode node, int index)
    {
        var bag = new DiagnosticBag(path);
        RuleCase? rule = null;
        if (node.Kind == JsonValueKind.Null)
        {
            bag.Report(ShapeMessages.NullItem(LocationWords.Of($"Cases[{index}]", root)), node.Position);
        }
        else
        {
            rule = Check<RuleCase>(node, $"Cases[{index}]", bag, InputMessages.CaseFile, root, evenWithWordProblems: true);
        }

        if (rule is null)
        {
            var name = node["Name"] is { Kind: JsonValueKind.String, StringValue: { Length: > 0 } text } ? DiagnosticText.Clean(text) : WordMessages.Unnamed(index + 1);
            return new RuleCase
            {
                Name = name,
                Source = new SourceLocation(path, node),
                Problems = [.. bag.Items.Select(d => new BilingualText(d.Format(chinese: false), d.Format(chinese: true)))],
            };
        }

        // Each problem found later is positioned in the file and said in words from its top ("用例“…”的第 1 位家庭成员…").
        var at = $"Cases[{index}]";
        rule.Source = new SourceLocation(path, node, root, at);
        if (rule.Person is { } person)
        {
            person.Source = new SourceLocation(path, node["Person"]!, root, $"{at}.Person");
        }

        if (rule.Employer is { } employer)
        {
            employer.Source = new SourceLocation(path, node["Employer"]!, root, $"{at}.Employer");
        }

        try
        {
            CaseChecks.Load(rule, bag.Items);
        }
        catch (CaseInputException problem)
        {
            rule.Problems = Lines(rule.Source.Locate(problem));
        }

        return rule;
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

    /// <summary>
    /// Reads a person file and builds the member evaluated and their household, telling every problem
    /// in one run: a word that names nothing (stood in for, so that the rest can be checked) together
    /// with every value the domain refuses, each at its line and column under the file's heading.
    /// </summary>
    internal static (People.Person Person, People.Household Household) ReadPersonAndBuild(string path)
    {
        var (input, root, words) = ReadEvenWithWordProblems<PersonInput>(path, InputMessages.PersonFile);
        input.Source = new SourceLocation(path, root);
        var problems = new InputProblems(input.Source);
        problems.Report(words);
        var built = PersonInputMapper.Build(input, problems);
        problems.ThrowIfAny(InputMessages.PersonFile);
        return built!.Value;
    }

    /// <summary>The same for an employer file.</summary>
    internal static Employers.Employer ReadEmployerAndBuild(string path)
    {
        var (input, root, words) = ReadEvenWithWordProblems<EmployerInput>(path, InputMessages.EmployerFile);
        input.Source = new SourceLocation(path, root);
        var problems = new InputProblems(input.Source);
        problems.Report(words);
        var built = PersonInputMapper.Build(input, problems);
        problems.ThrowIfAny(InputMessages.EmployerFile);
        return built!;
    }

    private static (T Value, SourceNode Root, IReadOnlyList<RuleDiagnostic> WordProblems) ReadEvenWithWordProblems<T>(string path, BilingualText what)
        where T : class
    {
        var (root, bag) = ReadJson(path, what);
        return Check<T>(root, string.Empty, bag, what, root, evenWithWordProblems: true) is { } value ? (value, root, bag.Items) : throw Problems(bag, InputMessages.NotValid(path, what));
    }

    private static (T Value, SourceNode Root) ReadJson<T>(string path, BilingualText what)
        where T : class
    {
        var (root, bag) = ReadJson(path, what);
        return Check<T>(root, string.Empty, bag, what, root) is { } value ? (value, root) : throw Problems(bag, InputMessages.NotValid(path, what));
    }

    /// <summary>The file's JSON tree, within the bounds of <see cref="CaseInputLimits"/>; a file that cannot be read, is not JSON or is too large is refused as a whole.</summary>
    private static (SourceNode Root, DiagnosticBag Bag) ReadJson(string path, BilingualText what)
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
        }

        return bag.HasErrors ? throw Problems(bag, InputMessages.NotValid(path, what)) : (root!, bag);
    }

    /// <summary>
    /// Checks the tree of one object of a file (a person, an employer, the top of a case file, one
    /// case) and turns it into the object: its words first made English names (<see cref="InputWords"/>),
    /// then its shape checked as rule sets are; null, with the problems in <paramref name="bag"/> in
    /// file order, when it has any.
    /// </summary>
    private static T? Check<T>(SourceNode node, string path, DiagnosticBag bag, BilingualText what, SourceNode root, bool evenWithWordProblems = false)
        where T : class
    {
        var words = new InputWords(RuleSetJson.Options, new DiagnosticBag(bag.File), root);
        var shape = new DiagnosticBag(bag.File);
        words.Normalise(node, typeof(T), path);
        new ShapeValidator(RuleSetJson.Options, shape, root).Validate(node, typeof(T), path, null);
        var shapeProblems = shape.Items.Where(d => !words.Reported.Contains(new SourcePosition(d.Line, d.Column))).ToList();
        bag.AddRange(words.Bag.Items.Concat(shapeProblems));

        // With only words that name nothing (each stood in for by a valid one), the object may still be read, for its
        // other values to be checked too; it is never used, its problems are (see ReadPersonAndBuild).
        if (bag.HasErrors && !(evenWithWordProblems && shapeProblems.Count == 0 && !words.Blocking))
        {
            return null;
        }

        try
        {
            if (JsonSerializer.Deserialize<T>(SourceJson.Write(node), RuleSetJson.Options) is { } value)
            {
                return value;
            }

            bag.Report(InputMessages.NothingIn(what), node.Position);
        }
        catch (JsonException exception)
        {
            bag.Report(InputMessages.DoesNotFit(what, SourceParser.FirstSentence(exception.Message)), node.Position);
        }

        return null;
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
    /// <returns>One result per case, in file order; a case with a problem of its own is an invalid case, its problems positioned in the file.</returns>
    public static IReadOnlyList<CaseResult> Run(RuleCatalog catalog, DivisionCode county, CaseFile file, string fileName)
    {
        Guard.Against.Null(catalog);
        Guard.Against.Null(file);
        return [.. file.Cases.Select(c => Prepare(catalog, file, c, fileName, out var ready) ?? Evaluate(catalog, county, file.Program, c, ready, fileName))];
    }

    /// <summary>
    /// Checks every case of a file without running any: what <see cref="Run"/> would report as an
    /// invalid case. With a catalog, also what needs it: the program, the parameters, failed rules
    /// and outputs of the version in force on each case's date.
    /// </summary>
    /// <param name="catalog">The catalog, or null when the rule sets could not be loaded: only what the file says alone is checked.</param>
    /// <param name="file">The cases.</param>
    /// <param name="fileName">The file's name, for the results.</param>
    /// <returns>The invalid cases, in file order, each as a result without a decision whose differences are its positioned problems.</returns>
    public static IReadOnlyList<CaseResult> Check(RuleCatalog? catalog, CaseFile file, string fileName)
    {
        Guard.Against.Null(file);
        return [.. file.Cases.Select(c => catalog is null ? (c.Problems.Count > 0 ? Invalid(fileName, IsoDates.Echo(file.Program), c, c.Problems) : null) : Prepare(catalog, file, c, fileName, out _)).OfType<CaseResult>()];
    }

    private static CaseResult Invalid(string fileName, string program, RuleCase rule, IEnumerable<BilingualText> problems)
    {
        var list = problems.ToList();
        return new(fileName, program, rule.Name, null, [.. list.Select(p => CaseMessages.InvalidCase.English + p.English)], [.. list.Select(p => CaseMessages.InvalidCase.Chinese + p.Chinese)], rule.Source?.Node.Position);
    }

    private static CaseResult Invalid(string fileName, string program, RuleCase rule, CaseInputException problem) =>
        Invalid(fileName, program, rule, Lines(rule.Source?.Locate(problem) ?? problem));

    /// <summary>The problems of a case, a positioned line each.</summary>
    private static IReadOnlyList<BilingualText> Lines(CaseInputException problem) => problem.Lines ?? [new BilingualText(problem.Message, problem.MessageZh)];

    /// <summary>The invalid-case result of a case that cannot be run, or null with what it is run with.</summary>
    private static CaseResult? Prepare(RuleCatalog catalog, CaseFile file, RuleCase rule, string fileName, out (NodaTime.LocalDate Date, Dictionary<string, object> Overrides) ready)
    {
        ready = default;
        var program = file.Program;
        if (rule.Problems.Count > 0)
        {
            return Invalid(fileName, IsoDates.Echo(program), rule, rule.Problems);
        }

        if (!catalog.ProgramIds.Contains(program))
        {
            // Every case is about the program: each is reported invalid, at the file's Program, with the id echoed masked and cut.
            var unknown = new CaseInputException(CaseMessages.ProgramNotInCatalog(IsoDates.Echo(program), catalog.ProgramIds), "Program");
            unknown = file.Source?.Locate(unknown) ?? unknown;
            return Invalid(fileName, IsoDates.Echo(program), rule, unknown);
        }

        try
        {
            var date = CaseChecks.Load(rule);
            var overrides = CaseChecks.Overrides(rule.Parameters);
            if (catalog.VersionInForce(program, date) is { } version)
            {
                CaseChecks.Check(version, date, rule);
            }

            ready = (date, overrides);
            return null;
        }
        catch (CaseInputException problem)
        {
            return Invalid(fileName, program, rule, problem);
        }
    }

    private static CaseResult Evaluate(RuleCatalog catalog, DivisionCode county, string program, RuleCase rule, (NodaTime.LocalDate Date, Dictionary<string, object> Overrides) ready, string fileName)
    {
        var (date, overrides) = ready;
        ProgramDecision decision;
        try
        {
            decision = rule.Person is { } person
                ? Person(catalog, county, program, person, date, overrides)
                : catalog.Evaluate(EmployerFacts.From(PersonInputMapper.ToDomain(rule.Employer!), date), date, program, overrides);
        }
        catch (Exception exception) when (exception is CaseInputException or ArgumentException or ArithmeticException)
        {
            // A case read from a file is positioned there; anything else the catalog refuses is about the case as a whole
            // (its program is known: Prepare checked that before).
            return Invalid(fileName, program, rule, exception as CaseInputException ?? new CaseInputException(CaseMessages.CannotBeEvaluated(exception.Message), null));
        }

        var (english, chinese) = Compare(rule.Expected, decision);
        return new CaseResult(fileName, program, rule.Name, decision, english, chinese, rule.Source?.Node.Position);
    }

    private static ProgramDecision Person(RuleCatalog catalog, DivisionCode county, string program, PersonInput input, NodaTime.LocalDate date, Dictionary<string, object> overrides)
    {
        var (person, household) = PersonInputMapper.ToDomain(input);
        return overrides.Count == 0
            ? new EligibilityEvaluator(catalog, county).Evaluate(person, household, date, program)
            : catalog.Evaluate(PersonFacts.From(person, household, date, county), date, program, overrides);
    }

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
            var got = found ? ValueText.Format(output, quoteText: false) : CaseResultMessages.NoOutput.English;
            var same = value.ValueKind == JsonValueKind.Number && output is IConvertible number and not string and not bool
                ? value.TryGetDecimal(out var expectedNumber) && expectedNumber == Convert.ToDecimal(number, CultureInfo.InvariantCulture)
                : want == got;
            if (!same)
            {
                differences.Add(CaseResultMessages.OutputDiffers(id, want, found ? new BilingualText(got, got) : CaseResultMessages.NoOutput));
            }
        }

        return ([.. differences.Select(d => d.English)], [.. differences.Select(d => d.Chinese)]);
    }
}
