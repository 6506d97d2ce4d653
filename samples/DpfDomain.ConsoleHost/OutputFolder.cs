namespace DpfDomain.ConsoleHost;

/// <summary>
/// The files of one run, written under temporary names and put in place together only when the
/// run succeeds: a failed run leaves last month's files as they were.
/// </summary>
internal sealed class OutputFolder(string folder) : IDisposable
{
    private const string Partial = ".partial";
    private readonly List<string> _files = [];
    private bool _committed;

    public string Path => folder;

    public FileStream Create(string name)
    {
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, name);
        _files.Add(path);
        return File.Create(path + Partial);
    }

    public void Commit()
    {
        foreach (var path in _files)
        {
            File.Move(path + Partial, path, overwrite: true);
        }

        _committed = true;
    }

    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        foreach (var path in _files)
        {
            File.Delete(path + Partial);
        }
    }
}
