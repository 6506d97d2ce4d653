namespace DpfDomain.Tool.Messages;

/// <summary>The words of a decision as <c>dpf explain</c> writes it: version and dates, outcome, amounts, parameter values.</summary>
internal static class ReportWords
{
    /// <summary>The rule-set version used, with an end date.</summary>
    public static ToolText InForce(string version, string from, string until, string date) => new(
        $"Rule set {version}, in force {from} to {until}; evaluated on {date}.",
        $"规则集版本 {version}，施行期 {from} 至 {until}；评估日期 {date}。");

    /// <summary>The rule-set version used, without an end date.</summary>
    public static ToolText InForceOpenEnded(string version, string from, string date) => new(
        $"Rule set {version}, in force from {from} (no end date); evaluated on {date}.",
        $"规则集版本 {version}，自 {from} 起施行（未设截止日期）；评估日期 {date}。");

    /// <summary>An employer owes the levy.</summary>
    public static readonly ToolText LevyDue = new("Levy due.", "应缴纳。");

    /// <summary>A person is eligible.</summary>
    public static readonly ToolText Eligible = new("Eligible.", "符合条件。");

    /// <summary>An employer owes nothing, before the reasons.</summary>
    public static readonly ToolText NothingDue = new("Nothing due, because:", "无需缴纳，原因：");

    /// <summary>A person is not eligible, before the reasons.</summary>
    public static readonly ToolText NotEligible = new("Not eligible, because:", "不符合条件，原因：");

    /// <summary>No version of the program is in force on the date.</summary>
    public static ToolText NotInForce(string date) => new($"Not in force on {date}.", $"{date} 不在有效期内。");

    /// <summary>The evaluation failed, with the library's message.</summary>
    public static ToolText Error(string? error, string? errorZh) => new($"Error: {error}", $"出错：{errorZh}");

    /// <summary>The label of the totals when a program pays several benefits.</summary>
    public static readonly ToolText TotalPerPeriod = new("Total per period", "按周期合计");

    /// <summary>Before the parameter values.</summary>
    public static ToolText ParametersUsed(string date) => new($"Parameter values used (in force on {date}):", $"所用参数取值（{date} 适用）：");

    /// <summary>A parameter that is on.</summary>
    public static readonly ToolText Yes = new("yes", "是");

    /// <summary>A parameter that is off.</summary>
    public static readonly ToolText No = new("no", "否");

    /// <summary>The date a parameter value holds from, and whether it is a local reference value to set for the county.</summary>
    public static ToolText ParameterFrom(string from, bool local) => new(
        $" (from {from}{(local ? ", a local reference value" : string.Empty)})",
        $"（自 {from} 起{(local ? "，地方参考值" : string.Empty)}）");

    /// <summary>The meaning of a parameter after its value.</summary>
    public static ToolText ParameterMeaning(string meaning, string meaningZh) => new($" — {meaning}", $"——{meaningZh}");

    /// <summary>The unit of a parameter in yuan.</summary>
    public static readonly ToolText Yuan = new(" yuan", " 元");

    /// <summary>The unit of a parameter in yuan per month.</summary>
    public static readonly ToolText YuanPerMonth = new(" yuan per month", " 元/月");

    /// <summary>The unit of a parameter in yuan per year.</summary>
    public static readonly ToolText YuanPerYear = new(" yuan per year", " 元/年");

    /// <summary>The unit of a parameter in years.</summary>
    public static readonly ToolText Years = new(" years", " 年");

    /// <summary>A benefit paid per month.</summary>
    public static readonly ToolText PerMonth = new("per month", "每月");

    /// <summary>A benefit paid per year.</summary>
    public static readonly ToolText PerYear = new("per year", "每年");

    /// <summary>A benefit paid once.</summary>
    public static readonly ToolText Once = new("once", "一次性");

    /// <summary>A benefit given in kind, with its value.</summary>
    public static readonly ToolText InKind = new("in kind (value)", "实物（价值）");
}
