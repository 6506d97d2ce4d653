using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Loading;

namespace DpfDomain.Rules.Reloading;

/// <summary>The problems a reload finds beyond those of single files: a folder that cannot be read or is empty, a program that would go out of service.</summary>
internal static class ReloadDiagnostics
{
    public static RuleDiagnostic FolderUnreadable(string folder, string reason) => new(
        folder,
        1,
        1,
        DiagnosticCode.Unreadable,
        null,
        $"The rules folder cannot be read: {reason}",
        $"无法读取规则文件夹：{reason}",
        "Check that the folder exists and may be read; the catalog in service stays until it can be.",
        "请确认文件夹存在且可读取；在此之前继续使用当前的规则目录。");

    public static RuleDiagnostic NoRuleSets(string folder) => new(
        folder,
        1,
        1,
        DiagnosticCode.NoRuleSets,
        null,
        $"The rules folder holds no *{RuleSetSource.FileSuffix} file.",
        $"规则文件夹中没有 *{RuleSetSource.FileSuffix} 文件。",
        "Put the rule-set files back, or check that the host reads the right folder.",
        "请放回规则集文件，或确认宿主程序读取的是正确的文件夹。");

    public static RuleDiagnostic ProgramRemoved(string lastFile, string programId) => new(
        lastFile,
        1,
        1,
        DiagnosticCode.ProgramRemoved,
        null,
        $"Program {programId} is in service, but no file defines it any more (this file did); the edit would stop it.",
        $"项目 {programId} 正在使用，但已没有文件定义它（原先由此文件定义）；此修改会使该项目停止。",
        "Restore the file. To stop the program, end its last version with \"EffectiveUntil\"; to remove it for good, restart the host.",
        "请恢复该文件。要停止该项目，请为其最后一个版本设置 \"EffectiveUntil\"；确需删除的，请重启宿主程序。");
}
