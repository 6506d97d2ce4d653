using DpfDomain.Population.Files;
using DpfDomain.Population.Roll;
using DpfDomain.Population.Tests.Testing;
using DpfDomain.Testing;
using DpfDomain.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DpfDomain.Population.Tests.Roll;

/// <summary>
/// Any bytes in a roll or status list end in households and a balanced report (every row read is
/// accepted or rejected with a reason) or in a <see cref="TabularFileException"/> naming the file:
/// never another exception, for CSV in UTF-8 and GB18030 and for workbooks.
/// </summary>
public sealed class HostileRollFileTests
{
    /// <summary>The documented example files, and a small generated county written as CSV in UTF-8, CSV in GB18030 and workbooks; each set's files in order, the roll first.</summary>
    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Bytes)[]>> Sets = new(() => Task.Run(WriteSetsAsync).GetAwaiter().GetResult());

    [Fact]
    public async Task EachSetUnchanged_IsReadWithoutProblems()
    {
        foreach (var set in Sets.Value)
        {
            var report = await ReadAsync(set);

            Assert.True(report.IsBalanced);
            Assert.Empty(report.Problems);
            Assert.True(report.PeopleAccepted > 5, set[0].Name);
        }
    }

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property AnyFileMutated_IsReadWithABalancedReportOrRefusedWithATabularFileException()
    {
        var mutant =
            from set in Gen.Choose(0, Sets.Value.Count - 1)
            from file in Gen.Choose(0, Sets.Value[set].Length - 1)
            from mutations in ByteMutation.Several
            select (set, file, mutations);
        return Prop.ForAll(mutant.ToArbitrary(), m =>
        {
            var files = Sets.Value[m.set].ToArray();
            files[m.file] = (files[m.file].Name, ByteMutation.ApplyAll(files[m.file].Bytes, m.mutations));
            string outcome;
            try
            {
                var report = Task.Run(() => ReadAsync(files)).GetAwaiter().GetResult();
                outcome = report.IsBalanced && report.Problems.All(p => p.Row >= 0 && p.Reason.Length > 0 && p.ReasonZh.Length > 0) ? "read" : $"unbalanced: {report}";
            }
            catch (TabularFileException refused)
            {
                outcome = refused.File == files.Single(f => f.Name == refused.File).Name && refused.ReasonZh.Length > 0 ? "refused" : $"refused without a file: {refused.Message}";
            }

            return (outcome is "read" or "refused").Label($"{files[m.file].Name} {string.Join(", ", m.mutations.Select(x => x.ToString()))}: {outcome}");
        });
    }

    [Fact]
    public async Task WorkbookWhoseZipDirectoryMiscountsItsEntries_IsRefusedAsDamaged()
    {
        var set = Sets.Value[3].ToArray();
        var bytes = set[0].Bytes.ToArray();
        var end = bytes.AsSpan().LastIndexOf([(byte)0x50, (byte)0x4B, (byte)0x05, (byte)0x06]);
        bytes[end + 8]++;
        bytes[end + 10]++;
        set[0] = (set[0].Name, bytes);

        var error = await Assert.ThrowsAsync<TabularFileException>(() => ReadAsync(set));

        Assert.Equal(("roll.xlsx", 0), (error.File, error.Row));
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        Assert.Contains("已损坏", error.MessageZh, StringComparison.Ordinal);
    }

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property RollWithAnyMixOfLineEndings_ReportsTheSameRowsAsWithLineFeeds()
    {
        var text = System.Text.Encoding.UTF8.GetString(Sets.Value[0][0].Bytes).ReplaceLineEndings("\n")
            .Replace("340123198207213156", "340123198207213157", StringComparison.Ordinal);
        var expected = Rows(text);
        return Prop.ForAll(Gen.Elements("\n", "\r\n", "\r").ArrayOf(16).ToArbitrary(), endings =>
        {
            var parts = text.Split('\n');
            var mixed = string.Concat(parts.Select((part, i) => (i == 0 ? string.Empty : endings[i % endings.Length]) + part));
            return Rows(mixed).SequenceEqual(expected).Label(string.Join(" ", Rows(mixed)) + " / " + string.Join(" ", expected));
        });

        static List<int> Rows(string roll)
        {
            var report = Task.Run(() => ReadAsync([("roll.csv", System.Text.Encoding.UTF8.GetBytes(roll))])).GetAwaiter().GetResult();
            Assert.True(report.Problems.Count >= 2);
            return [.. report.Problems.Select(p => p.Row)];
        }
    }

    private static async Task<RollReadReport> ReadAsync((string Name, byte[] Bytes)[] files)
    {
        RollSource Source((string Name, byte[] Bytes) file) => RollSource.FromStream(file.Name, () => new MemoryStream(file.Bytes, writable: false));
        var reader = new RollReader(Source(files[0]), files.Skip(1).Select(Source), new RollReadOptions(CountyRollOptions.DefaultCounty, CountyRollOptions.DefaultAsOf));
        await foreach (var household in reader.ReadAsync())
        {
            _ = household;
        }

        return reader.Report;
    }

    private static async Task<IReadOnlyList<(string Name, byte[] Bytes)[]>> WriteSetsAsync()
    {
        var examples = Path.Combine(RepositoryRoot(), "docs", "examples", "roll");
        var sets = new List<(string, byte[])[]>();
        sets.Add([.. new[] { "roll.csv", "civil-affairs.csv", "poverty-register.csv", "schools.csv", "care-needs.csv", "health.csv" }.Select(n => (n, File.ReadAllBytes(Path.Combine(examples, n))))]);
        var county = new CountyRollGenerator(new CountyRollOptions { People = 60, Seed = 5 });
        foreach (var options in new[]
        {
            new RollFileOptions { Format = RollFileFormat.Csv, Encoding = RollTextEncoding.Utf8WithBom },
            new RollFileOptions { Format = RollFileFormat.Csv, Encoding = RollTextEncoding.Gb18030 },
            new RollFileOptions { Format = RollFileFormat.Xlsx },
        })
        {
            using var scratch = new ScratchDirectory();
            var manifest = await county.WriteFilesAsync(scratch.Path, options);
            sets.Add([.. new[] { manifest.RollPath }.Concat(manifest.ListPaths).Select(p => (Path.GetFileName(p), File.ReadAllBytes(p)))]);
        }

        return sets;
    }

    private static string RepositoryRoot()
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
