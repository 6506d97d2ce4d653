using System.CommandLine;
using System.Linq;
using DpfDomain.Rules.Authoring.Changes;
using DpfDomain.Rules.Catalog;
using DpfDomain.Tool.Messages;

namespace DpfDomain.Tool;

/// <summary><c>dpf diff</c> and what it shares with <c>dpf impact</c>: two folders of rule sets, both loaded.</summary>
internal sealed partial class Commands
{
    public Command Diff()
    {
        var (before, after) = FolderPair();
        var command = new Command("diff", t.Say(HelpTexts.Diff))
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
                output.WriteLine(t.Say(ToolMessages.NoDifferences));
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

            output.WriteLine(t.Say(ToolMessages.Differences(changes.Count, changes.Select(c => c.ProgramId).Distinct().Count())));
            return 1;
        });
        return command;
    }

    /// <summary>The two folder arguments of <c>dpf diff</c> and <c>dpf impact</c>: before and after the edit.</summary>
    private (Argument<string> Before, Argument<string> After) FolderPair() =>
        (new(t.Say(HelpTexts.OldFolderArgument)) { Description = t.Say(HelpTexts.OldFolder) },
         new(t.Say(HelpTexts.NewFolderArgument)) { Description = t.Say(HelpTexts.NewFolder) });

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
                error.WriteLine(t.Say(ToolMessages.NoRuleSetFile(folder)));
                return null;
            }

            return Catalog(sources, t);
        }

        var old = Load(before);
        var now = Load(after);
        return old is null || now is null ? null : (old, now);
    }
}
