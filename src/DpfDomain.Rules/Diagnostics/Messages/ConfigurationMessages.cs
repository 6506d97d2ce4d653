using System.Globalization;

namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>
/// The problems of a host's configuration (<c>AddDpfRules</c> options, the folder provider's
/// options), listed in a configuration exception. Each is one line, English then Chinese after " / ".
/// </summary>
internal static class ConfigurationMessages
{
    public static string DirectoryMissing(string? directory) =>
        $"The rule-set directory \"{directory}\" does not exist: write the reference catalog there with \"dpf init {directory}\", or call AddReferenceCatalog() to use the catalog P1–P9 embedded in the package. / 规则集文件夹“{directory}”不存在：请用“dpf init {directory}”把参考目录写入该文件夹，或调用 AddReferenceCatalog() 使用程序包内置的 P1–P9 目录。";

    public static string NoRuleSets() =>
        "No rule sets are configured: call AddReferenceCatalog (the embedded catalog P1–P9), AddDirectory, AddEmbeddedResources, AddStream or AddSource. / 未配置任何规则集：请调用 AddReferenceCatalog（内置的 P1–P9 目录）、AddDirectory、AddEmbeddedResources、AddStream 或 AddSource。";

    public static string ConfiguredTwice(string name) => $"The rule set \"{name}\" is configured more than once. / 规则集“{name}”被配置了多次。";

    public static string ReloadWithoutDirectory() =>
        "ReloadOnChange watches the directories added with AddDirectory, but none is added. / ReloadOnChange 监视通过 AddDirectory 添加的文件夹，但没有添加任何文件夹。";

    public static string Debounce(double milliseconds) => string.Create(
        CultureInfo.InvariantCulture,
        $"Reloading.Debounce is {milliseconds:0} ms; it must be from 100 ms to 1 minute. / 重新加载的静候时间（Debounce）为 {milliseconds:0} 毫秒，应在 100 毫秒到 1 分钟之间。");

    public static string PollInterval(double milliseconds) => string.Create(
        CultureInfo.InvariantCulture,
        $"Reloading.PollInterval is {milliseconds:0} ms; it must be at least 1 second, or null for no polling. / 轮询间隔（PollInterval）为 {milliseconds:0} 毫秒，应不少于 1 秒，或设为 null 表示不轮询。");

    public static string NoTimeProvider() =>
        "Reloading.TimeProvider is null; leave it at TimeProvider.System. / 重新加载的时钟（TimeProvider）为空，请保留默认的 TimeProvider.System。";
}
