using System;
using Microsoft.Extensions.Logging;

namespace DpfDomain.Rules.Reloading;

/// <summary>
/// What the rules folder provider logs. Only folder and file names, revision numbers, counts,
/// codes and positions: never the text of a rule set, a message quoting it, or personal data.
/// The full bilingual problems are in <see cref="RuleCatalogReload.Diagnostics"/> and from <c>dpf validate</c>.
/// </summary>
internal static partial class ReloadLog
{
    /// <summary>At most this many problems of one refused edit are logged one by one.</summary>
    public const int ProblemsLogged = 20;

    [LoggerMessage(1, LogLevel.Information, "Rule catalog revision {Revision} is in service: {ProgramCount} program(s) from {FileCount} file(s), content {ContentHash}. / 规则目录新版本已生效。")]
    public static partial void InService(ILogger logger, int revision, int programCount, int fileCount, string contentHash);

    [LoggerMessage(2, LogLevel.Warning, "A rule-set edit was refused with {ProblemCount} problem(s); revision {Revision} stays in service. Run `dpf validate` on the rules folder for the full messages. / 规则集修改有问题，未被采用，当前版本继续使用；请对规则文件夹运行 `dpf validate` 查看完整说明。")]
    public static partial void Refused(ILogger logger, int problemCount, int revision);

    [LoggerMessage(3, LogLevel.Warning, "Refused rule set: {File}:{Line}:{Column}: DPF{Code} ({Kind}). / 规则集问题位置见上。")]
    public static partial void Problem(ILogger logger, string file, int line, int column, int code, string kind);

    [LoggerMessage(4, LogLevel.Warning, "… and {More} more problem(s) of the same edit. / 同一修改还有更多问题。")]
    public static partial void MoreProblems(ILogger logger, int more);

    [LoggerMessage(5, LogLevel.Error, "Reading the rule folders failed unexpectedly; the catalog in service stays. / 读取规则文件夹时出现意外错误，当前规则目录继续使用。")]
    public static partial void ReloadFailed(ILogger logger, Exception exception);

    [LoggerMessage(6, LogLevel.Warning, "A handler of the Reloaded event threw; the other handlers still ran. / Reloaded 事件的某个处理程序出错，其他处理程序照常执行。")]
    public static partial void HandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(7, LogLevel.Warning, "File events of the rules folder {Folder} were lost; the folders are read again. / 规则文件夹的文件事件有遗漏，将重新读取。")]
    public static partial void EventsLost(ILogger logger, string folder, Exception exception);
}
