using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Reloading;

/// <summary>The problems a reload finds beyond those of single files: a folder that cannot be read or is empty, a program that would go out of service.</summary>
internal static class ReloadDiagnostics
{
    private static readonly SourcePosition Start = new(1, 1);

    public static RuleDiagnostic FolderUnreadable(string folder, BilingualText reason) => new(folder, Start, null, ReloadMessages.FolderUnreadable(reason));

    public static RuleDiagnostic NoRuleSets(string folder) => new(folder, Start, null, ReloadMessages.NoRuleSets(RuleSetSource.FileSuffix));

    public static RuleDiagnostic ProgramRemoved(string lastFile, string programId) => new(lastFile, Start, null, ReloadMessages.ProgramRemoved(programId));
}
