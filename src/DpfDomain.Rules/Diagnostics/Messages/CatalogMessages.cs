using NodaTime;

namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>The problems found between the files of one program: a version twice, periods that overlap.</summary>
internal static class CatalogMessages
{
    public static DiagnosticMessage VersionDefinedTwice(string program, string version, string otherFile) => DiagnosticDescriptors.DuplicateProgram.Message(
        $"Program {program} version {version} is also defined in {otherFile}.",
        $"项目 {program} 的版本 {version} 已在 {otherFile} 中定义。");

    public static DiagnosticMessage PeriodsOverlap(string program, string version, LocalDate from, string earlierVersion, string earlierFile) => DiagnosticDescriptors.OverlappingPeriods.Message(
        $"Program {program} version {version} starts on {from:uuuu-MM-dd}, while version {earlierVersion} ({earlierFile}) is still in force then.",
        $"项目 {program} 的版本 {version} 自 {from:uuuu-MM-dd} 起生效，而版本 {earlierVersion}（{earlierFile}）此时仍有效。",
        $"End version {earlierVersion} the day before (\"EffectiveUntil\": \"{from.PlusDays(-1):uuuu-MM-dd}\"), or start this one later.",
        $"请将版本 {earlierVersion} 的结束日期设为前一天（\"EffectiveUntil\": \"{from.PlusDays(-1):uuuu-MM-dd}\"），或推迟本版本的开始日期。");
}
