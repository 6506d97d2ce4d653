using System.CommandLine;
using System.Linq;
using DpfDomain.Rules.Authoring.Changes;
using DpfDomain.Rules.Catalog;

namespace DpfDomain.Tool;

/// <summary><c>dpf diff</c> and what it shares with <c>dpf impact</c>: two folders of rule sets, both loaded.</summary>
internal sealed partial class Commands
{
    public Command Diff()
    {
        var before = new Argument<string>(t.Pick("old-folder", "修改前文件夹")) { Description = t.Pick("The folder of rule sets before the edit.", "修改前的规则集文件夹。") };
        var after = new Argument<string>(t.Pick("new-folder", "修改后文件夹")) { Description = t.Pick("The folder of rule sets after the edit.", "修改后的规则集文件夹。") };
        var command = new Command("diff", t.Pick(
            "Say what differs between two versions of a rule-set folder: programs, versions, rules, parameter values and dates, benefits. Exit code 0 when they mean the same, 1 when they differ, 2 when they cannot be compared.",
            "说明两个版本的规则集文件夹有何不同：项目、版本、规则、参数取值及日期、待遇。退出码：相同为 0，不同为 1，无法比较为 2。"))
        {
            before,
            after,
        };
        command.SetAction(parse =>
        {
            if (TwoCatalogs(parse.GetValue(before)!, parse.GetValue(after)!) is not var (old, now))
            {
                return 2;
            }

            var changes = RuleSetComparison.Compare(old, now);
            if (changes.Count == 0)
            {
                output.WriteLine(t.Pick("No differences: the two folders mean the same rules.", "没有差别：两个文件夹的规则相同。"));
                return 0;
            }

            foreach (var group in changes.GroupBy(c => (c.ProgramId, c.Version)))
            {
                var (id, version) = group.Key;
                var named = (version is null ? null : now.ProgramIds.Contains(id) ? now.VersionsOf(id).FirstOrDefault(v => v.Version == version) : null)
                    ?? (old.ProgramIds.Contains(id) ? old.VersionsOf(id)[^1] : now.VersionsOf(id)[^1]);
                output.WriteLine($"{id} {(t.Chinese ? named.Name.Chinese : named.Name.English)}{(version is null ? string.Empty : $" [{version}]")}");
                foreach (var change in group)
                {
                    output.WriteLine($"  - {change.Text(t.Chinese)}");
                }
            }

            output.WriteLine(t.Pick(
                $"{changes.Count} difference(s) in {changes.Select(c => c.ProgramId).Distinct().Count()} program(s).",
                $"共 {changes.Select(c => c.ProgramId).Distinct().Count()} 个项目、{changes.Count} 处不同。"));
            return 1;
        });
        return command;
    }

    /// <summary>Loads the catalogs of two folders; null (having said why, with every problem of a folder that does not load) when either cannot be.</summary>
    private (RuleCatalog Old, RuleCatalog New)? TwoCatalogs(string before, string after)
    {
        RuleCatalog? Load(string folder)
        {
            if (!TryFindRuleSets(folder, t, out var sources))
            {
                return null;
            }

            if (sources.Count == 0)
            {
                error.WriteLine(t.Pick($"No *{Rules.Loading.RuleSetSource.FileSuffix} file in {folder}.", $"{folder} 中没有 *{Rules.Loading.RuleSetSource.FileSuffix} 文件。"));
                return null;
            }

            return Catalog(sources, t);
        }

        var old = Load(before);
        var now = Load(after);
        return old is null || now is null ? null : (old, now);
    }
}
