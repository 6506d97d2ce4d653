using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using DpfDomain.Rules.Catalog;
using DpfDomain.Tool.Messages;

namespace DpfDomain.Tool;

/// <summary><c>dpf init</c>.</summary>
internal sealed partial class Commands
{
    /// <summary>The example files <c>dpf init</c> writes beside the catalog (ASCII names, safe in every shell and encoding).</summary>
    internal static readonly IReadOnlyList<string> ExampleFiles = ["example.person.json", "example.employer.json"];

    public Command Init()
    {
        var directory = Directory(HelpTexts.InitFolder);
        var force = new Option<bool>("--force") { Description = t.Say(HelpTexts.ForceOption) };
        var command = Describe("init", HelpTexts.Init);
        command.Arguments.Add(directory);
        command.Options.Add(force);
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(directory)!;
            if (File.Exists(folder))
            {
                error.WriteLine(t.Say(ToolMessages.NotAFolder(folder)));
                return 2;
            }

            var existing = ReferenceCatalog.FileNames.Append(Rules.Authoring.Schema.RuleSetSchema.FileName).Concat(ExampleFiles).Where(name => File.Exists(Path.Combine(folder, name))).ToList();
            if (existing.Count > 0 && !parse.GetValue(force))
            {
                error.WriteLine(t.Say(ToolMessages.FilesExist(existing.Count, folder, existing[0])));
                return 1;
            }

            try
            {
                foreach (var path in ReferenceCatalog.WriteTo(folder, overwrite: true).Concat(ExampleFiles.Select(name => WriteExample(folder, name))))
                {
                    output.WriteLine(path);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine(t.Say(ToolMessages.CatalogNotWritten(exception.Message)));
                return 1;
            }

            var person = Path.Combine(folder, ExampleFiles[0]);
            var employer = Path.Combine(folder, ExampleFiles[1]);
            output.WriteLine(t.Say(ToolMessages.Written));
            output.WriteLine(t.Say(ToolMessages.TryTheExamples));
            output.WriteLine($"  dpf explain {folder} --person {person} --date 2019-06-30");
            output.WriteLine($"  dpf explain {folder} --employer {employer} --date 2019-06-30");
            return 0;
        });
        return command;
    }

    /// <summary>Writes an embedded example file beside the catalog, through a new file moved over the target (a link planted there is replaced, never written through).</summary>
    private static string WriteExample(string folder, string name)
    {
        using var stream = typeof(Commands).Assembly.GetManifestResourceStream("DpfDomain.Tool.Examples." + name)!;
        var path = Path.Combine(folder, name);
        var temporary = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");
        using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        {
            stream.CopyTo(file);
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
