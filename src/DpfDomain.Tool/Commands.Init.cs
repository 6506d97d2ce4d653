using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using DpfDomain.Rules.Catalog;

namespace DpfDomain.Tool;

/// <summary><c>dpf init</c>.</summary>
internal sealed partial class Commands
{
    public Command Init()
    {
        var directory = Directory("The folder to write the reference catalog to. 参考目录要写入的文件夹。");
        var force = new Option<bool>("--force") { Description = "Overwrite existing files. 覆盖已有文件。" };
        var command = new Command("init", "Write the reference county catalog (P1–P9), its test cases and the JSON Schema to a folder. 写出参考目录（P1–P9）、用例和 JSON Schema。") { directory, force };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(directory)!;
            if (File.Exists(folder))
            {
                error.WriteLine(t.Pick($"{folder} is a file, not a folder.", $"{folder} 是文件而不是文件夹。"));
                return 2;
            }

            var existing = ReferenceCatalog.FileNames.Append(Rules.Authoring.Schema.RuleSetSchema.FileName).Where(name => File.Exists(Path.Combine(folder, name))).ToList();
            if (existing.Count > 0 && !parse.GetValue(force))
            {
                error.WriteLine(t.Pick($"{existing.Count} file(s) already exist in {folder}, e.g. {existing[0]}; nothing was written. Use --force to overwrite them.", $"{folder} 中已有 {existing.Count} 个同名文件（如 {existing[0]}），未写入任何文件。如需覆盖请加 --force。"));
                return 1;
            }

            try
            {
                foreach (var path in ReferenceCatalog.WriteTo(folder, overwrite: true))
                {
                    output.WriteLine(path);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine(t.Pick($"The catalog could not be written: {exception.Message}", $"无法写出参考目录：{exception.Message}"));
                return 1;
            }

            output.WriteLine(t.Pick(
                "Written. Set the parameters marked 'local reference value' for your county (a new dated value, not an edit of history), update the expected amounts in the *.cases.json files that depend on them, then run dpf validate and dpf test.",
                "已写出。请按本县实际设定标注为“地方参考值”的参数（新增带日期的取值，不改动历史取值），同时修改 *.cases.json 中依赖这些参数的预期金额，然后运行 dpf validate 和 dpf test。"));
            return 0;
        });
        return command;
    }
}
