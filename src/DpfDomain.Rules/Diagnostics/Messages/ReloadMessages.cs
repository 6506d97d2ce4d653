namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>The problems a reload of a rules folder finds beyond those of single files.</summary>
internal static class ReloadMessages
{
    public static DiagnosticMessage FolderUnreadable(BilingualText reason) => DiagnosticDescriptors.Unreadable.Message(
        $"The rules folder cannot be read: {reason.English}.",
        $"无法读取规则文件夹：{reason.Chinese}。",
        "Check that the folder exists and may be read; the catalog in service stays until it can be.",
        "请确认文件夹存在且可读取；在此之前继续使用当前的规则目录。");

    public static DiagnosticMessage NoRuleSets(string suffix) => DiagnosticDescriptors.NoRuleSets.Message(
        $"The rules folder holds no *{suffix} file.",
        $"规则文件夹中没有 *{suffix} 文件。");

    public static DiagnosticMessage ProgramRemoved(string program) => DiagnosticDescriptors.ProgramRemoved.Message(
        $"Program {program} is in service, but no file defines it any more (this file did); the edit would stop it.",
        $"项目 {program} 正在使用，但已没有文件定义它（原先由此文件定义）；此修改会使该项目停止。",
        "Restore the file. To stop the program, end its last version with \"EffectiveUntil\"; to remove it for good, restart the host.",
        "请恢复该文件。要停止该项目，请为其最后一个版本设置 \"EffectiveUntil\"；确需删除的，请重启宿主程序。");
}
