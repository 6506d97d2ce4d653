namespace DpfDomain.Rules.Tests.Support;

/// <summary>Paths in the repository, found from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>
    /// Compares a generated file with its committed copy. With DPF_UPDATE_GENERATED=1 the committed
    /// copy is rewritten instead (run once after changing the source of the generated text).
    /// </summary>
    public static void AssertUpToDate(string generated, params string[] parts)
    {
        var path = PathOf(parts);
        if (Environment.GetEnvironmentVariable("DPF_UPDATE_GENERATED") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests once with DPF_UPDATE_GENERATED=1.");
        Assert.True(
            File.ReadAllText(path).ReplaceLineEndings("\n") == generated,
            $"{path} is stale: it differs from what the code generates. Run the tests once with DPF_UPDATE_GENERATED=1 and commit the result.");
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DpfDomain.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with DpfDomain.sln) was not found above " + AppContext.BaseDirectory);
    }
}
