using System.Text;
using DpfDomain.Rules.Catalog;
using DpfDomain.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DpfDomain.Tool.Tests;

/// <summary>dpf given damaged rule sets, case, person or employer files: it exits 0 or 1 with its own messages, never with an unhandled exception.</summary>
public sealed class HostileFileTests : IClassFixture<HostileFileTests.Folders>
{
    private readonly Folders _folders;

    public HostileFileTests(Folders folders) => _folders = folders;

    [Property(MaxTest = 40, QuietOnSuccess = true)]
    public Property Validate_AMutatedShippedRuleSet_ExitsZeroOrOne()
    {
        var names = ReferenceCatalog.FileNames.Where(n => n.EndsWith(".ruleset.json", StringComparison.Ordinal)).ToArray();
        return Prop.ForAll(Mutant(names).ToArbitrary(), m =>
        {
            var folder = _folders.Fresh("validate");
            File.WriteAllBytes(Path.Combine(folder, m.Name), m.Bytes);
            return Outcome(DpfCommandTests.Dpf("validate", folder), m);
        });
    }

    [Property(MaxTest = 40, QuietOnSuccess = true)]
    public Property Test_AMutatedShippedCaseFile_ExitsZeroOrOne() =>
        Prop.ForAll(Mutant(["P1.cases.json", "P9.cases.json"]).ToArbitrary(), m =>
        {
            File.WriteAllBytes(Path.Combine(_folders.Rules, "mutant.cases.json"), m.Bytes);
            return Outcome(DpfCommandTests.Dpf("test", _folders.Rules), m);
        });

    [Property(MaxTest = 40, QuietOnSuccess = true)]
    public Property Explain_AMutatedPersonOrEmployerExample_ExitsZeroOrOne() =>
        Prop.ForAll(Mutant(["P1.person.json", "P4.person.json", "P9.employer.json"]).ToArbitrary(), m =>
        {
            var file = Path.Combine(_folders.Inputs, m.Name);
            File.WriteAllBytes(file, m.Bytes);
            var kind = m.Name.EndsWith(".employer.json", StringComparison.Ordinal) ? "--employer" : "--person";
            return Outcome(DpfCommandTests.Dpf("explain", _folders.Rules, kind, file, "--date", "2019-06-30"), m);
        });

    private static Gen<(string Name, byte[] Bytes, string Mutations)> Mutant(string[] names) =>
        from name in Gen.Elements(names)
        from mutations in ByteMutation.Several
        select (name, ByteMutation.ApplyAll(Folders.Original(name), mutations), string.Join(", ", mutations.Select(x => x.ToString())));

    private static Property Outcome((int Code, string Output, string Error) run, (string Name, byte[] Bytes, string Mutations) mutant) =>
        (run.Code is 0 or 1 && !run.Error.Contains("Unhandled exception", StringComparison.Ordinal) && !run.Output.Contains("Unhandled exception", StringComparison.Ordinal))
            .Label($"{mutant.Name} ({mutant.Mutations}): exit {run.Code}\n{run.Output}\n{run.Error}");

    /// <summary>A catalog of one person program (P1) and the levy (P9), and the shipped files to mutate.</summary>
    public sealed class Folders : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("dpf-hostile-").FullName;
        private int _fresh;

        public Folders()
        {
            Rules = Directory.CreateDirectory(Path.Combine(_root, "rules")).FullName;
            Inputs = Directory.CreateDirectory(Path.Combine(_root, "inputs")).FullName;
            foreach (var name in new[] { "P1.ruleset.json", "P9.ruleset.json" })
            {
                File.WriteAllText(Path.Combine(Rules, name), ReferenceCatalog.Read(name));
            }
        }

        public string Rules { get; }

        public string Inputs { get; }

        public static byte[] Original(string name) => name.Contains(".person.", StringComparison.Ordinal) || name.Contains(".employer.", StringComparison.Ordinal)
            ? File.ReadAllBytes(Path.Combine(Repository.Root, "docs", "examples", "persons", name))
            : Encoding.UTF8.GetBytes(ReferenceCatalog.Read(name));

        public string Fresh(string prefix) => Directory.CreateDirectory(Path.Combine(_root, $"{prefix}-{Interlocked.Increment(ref _fresh)}")).FullName;

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }
}

/// <summary>The repository's root folder, found from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DpfDomain.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }
}
