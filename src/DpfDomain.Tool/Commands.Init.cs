using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using DpfDomain.Rules.Catalog;

namespace DpfDomain.Tool;

/// <summary><c>dpf init</c>.</summary>
internal sealed partial class Commands
{
    /// <summary>The example files <c>dpf init</c> writes beside the catalog (ASCII names, safe in every shell and encoding).</summary>
    internal static readonly IReadOnlyList<string> ExampleFiles = ["example.person.json", "example.employer.json"];

    public Command Init()
    {
        var directory = Directory("The folder to write the reference catalog to.", "参考目录要写入的文件夹。");
        var force = new Option<bool>("--force") { Description = t.Pick("Overwrite existing files.", "覆盖已有的同名文件。") };
        var command = Describe("init", "Write the reference county catalog (P1–P9), its test cases, the JSON Schema and an example person and employer file to a folder.", "把参考目录（P1–P9）、用例、JSON Schema 以及示例人员文件和示例用人单位文件写入文件夹。");
        command.Arguments.Add(directory);
        command.Options.Add(force);
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(directory)!;
            if (File.Exists(folder))
            {
                error.WriteLine(t.Pick($"{folder} is a file, not a folder.", $"{folder} 是文件而不是文件夹。"));
                return 2;
            }

            var existing = ReferenceCatalog.FileNames.Append(Rules.Authoring.Schema.RuleSetSchema.FileName).Concat(ExampleFiles).Where(name => File.Exists(Path.Combine(folder, name))).ToList();
            if (existing.Count > 0 && !parse.GetValue(force))
            {
                error.WriteLine(t.Pick($"{existing.Count} file(s) already exist in {folder}, e.g. {existing[0]}; nothing was written. Use --force to overwrite them.", $"{folder} 中已有 {existing.Count} 个同名文件（如 {existing[0]}），未写入任何文件。如需覆盖请加 --force。"));
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
                error.WriteLine(t.Pick($"The catalog could not be written: {exception.Message}", $"无法写出参考目录：{exception.Message}"));
                return 1;
            }

            var person = Path.Combine(folder, ExampleFiles[0]);
            var employer = Path.Combine(folder, ExampleFiles[1]);
            output.WriteLine(t.Pick(
                "Written. Set the parameters marked 'local reference value' for your county (a new dated value, not an edit of history), update the expected amounts in the *.cases.json files that depend on them, then run dpf validate and dpf test.",
                "已写出。请按本县实际设定标注为“地方参考值”的参数（新增带日期的取值，不改动历史取值），同时修改 *.cases.json 中依赖这些参数的预期金额，然后运行 dpf validate 和 dpf test。"));
            output.WriteLine(t.Pick("Try the example files (a person, 王某某, and an employer; edit them to try other cases):", "可用示例文件试一试（人员“王某某”和一家用人单位；修改其中的内容即可试别的情况）："));
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
