namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>Words shown around values: in a diagnostic's one-line form (<c>RuleDiagnostic.Format</c>) and for a switch in a failure reason.</summary>
internal static class FormatWords
{
    /// <summary>Before a rule's name: <c>[rule HouseholdIsPoor]</c>.</summary>
    public static readonly BilingualText Rule = new("rule", "规则");

    /// <summary>Before the fix, with what separates it from the word.</summary>
    public static readonly BilingualText Fix = new("Fix: ", "修改建议：");

    /// <summary>A switch parameter that is on, as written into a failure reason.</summary>
    public static readonly BilingualText SwitchOn = new("on", "开启");

    /// <summary>A switch parameter that is off, as written into a failure reason.</summary>
    public static readonly BilingualText SwitchOff = new("off", "关闭");
}
