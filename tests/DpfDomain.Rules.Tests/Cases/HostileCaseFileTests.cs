using System.Text.RegularExpressions;
using DpfDomain.Identity;
using DpfDomain.Rules.Authoring.Cases;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Evaluation;
using DpfDomain.Rules.Facts;
using DpfDomain.Rules.Tests.Support;
using DpfDomain.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DpfDomain.Rules.Tests.Cases;

/// <summary>Any bytes in a case, person or employer file give a problem with its file, line and column, never another exception.</summary>
public sealed partial class HostileCaseFileTests
{
    private static readonly DivisionCode County = DivisionCode.Parse("340123");

    private static readonly Lazy<RuleCatalog> Catalog = new(ReferenceCatalog.Load);

    /// <summary>Every shipped case file and person or employer example: its name and bytes.</summary>
    private static readonly (string Name, byte[] Bytes)[] Shipped =
    [
        .. ReferenceCatalog.FileNames.Where(n => n.EndsWith(CaseFile.FileSuffix, StringComparison.Ordinal)).Select(n => (n, System.Text.Encoding.UTF8.GetBytes(ReferenceCatalog.Read(n)))),
        .. Directory.GetFiles(RepositoryFiles.PathOf("docs", "examples", "persons")).Order(StringComparer.Ordinal).Select(p => (Path.GetFileName(p), File.ReadAllBytes(p))),
    ];

    [Fact]
    public void ShippedFiles_AreReadWithoutProblems()
    {
        Assert.Equal(18, Shipped.Length);
        foreach (var (name, bytes) in Shipped)
        {
            Assert.Null(Outcome(name, bytes));
        }
    }

    [Property(MaxTest = 400, QuietOnSuccess = true)]
    public Property MutatedFiles_AreReadOrReportedWithAPosition_NeverThrown()
    {
        var mutant =
            from index in Gen.Choose(0, Shipped.Length - 1)
            from mutations in ByteMutation.Several
            select (index, mutations);
        return Prop.ForAll(mutant.ToArbitrary(), m =>
        {
            var (name, bytes) = Shipped[m.index];
            var problem = Outcome(name, ByteMutation.ApplyAll(bytes, m.mutations));
            return (problem is null || Positioned().IsMatch(problem))
                .Label($"{name} {string.Join(", ", m.mutations.Select(x => x.ToString()))}: {problem}");
        });
    }

    /// <summary>Reads, maps and evaluates a file as dpf does; null when all went through, else the first problem's text. Any other exception escapes and fails the property.</summary>
    private static string? Outcome(string name, byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{name}");
        try
        {
            File.WriteAllBytes(path, bytes);
            if (name.EndsWith(CaseFile.FileSuffix, StringComparison.Ordinal))
            {
                var results = CaseRunner.Run(Catalog.Value, County, CaseRunner.Read(path), name);
                return results.SelectMany(r => r.Differences).FirstOrDefault(d => d.StartsWith("invalid case: ", StringComparison.Ordinal));
            }

            if (name.EndsWith(".employer.json", StringComparison.Ordinal))
            {
                var input = CaseRunner.ReadEmployer(path);
                var employer = Mapped(() => PersonInputMapper.ToDomain(input), out var problem);
                return employer is null ? problem : Evaluate(Catalog.Value.ProgramIds.Except(Catalog.Value.PersonProgramIds), p => Catalog.Value.Evaluate(EmployerFacts.From(employer, new NodaTime.LocalDate(2019, 6, 30)), new NodaTime.LocalDate(2019, 6, 30), p));
            }

            var person = CaseRunner.ReadPerson(path);
            var mapped = Mapped(() => PersonInputMapper.ToDomain(person), out var error);
            return mapped == default ? error : Evaluate(Catalog.Value.PersonProgramIds, p => new EligibilityEvaluator(Catalog.Value, County).Evaluate(mapped.Person, mapped.Household, new NodaTime.LocalDate(2019, 6, 30), p));
        }
        catch (CaseInputException exception)
        {
            return exception.Message + "\n" + exception.MessageZh;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static T? Mapped<T>(Func<T> map, out string? problem)
    {
        try
        {
            problem = null;
            return map();
        }
        catch (CaseInputException exception)
        {
            problem = exception.Message;
            return default;
        }
    }

    private static string? Evaluate(IEnumerable<string> programs, Func<string, ProgramDecision> decide)
    {
        foreach (var program in programs)
        {
            _ = decide(program);
        }

        return null;
    }

    /// <summary>A problem in the file, at a line and column: "x.json:3:7: DPF101 …" from the reader, "invalid case: x.json:12:9: …" for a case, "x.json:5:15: Household…" from the mapper.</summary>
    [GeneratedRegex(@"^(invalid case: )?[^\n]*\.json:[1-9]\d*:[1-9]\d*: ", RegexOptions.Multiline)]
    private static partial Regex Positioned();
}
