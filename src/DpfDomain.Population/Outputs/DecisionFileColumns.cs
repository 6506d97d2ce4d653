using System.Collections.Generic;

namespace DpfDomain.Population.Outputs;

/// <summary>The columns of the decisions CSV (Chinese headers) and the keys of each JSON Lines record.</summary>
public static class DecisionFileColumns
{
    /// <summary>The CSV headers, in order: a column per period (per month, per year, once) and the in-kind items with their value, each empty when the decision has no line of it.</summary>
    public static IReadOnlyList<string> Csv { get; } =
    [
        "行号", "户号", "人员标识", "公民身份号码", "姓名", "项目", "结果",
        "每月金额(元)", "每年金额(元)", "一次性金额(元)", "实物(项)", "实物价值(元)",
        "不符合的规则", "规则集版本", "规则集哈希", "错误",
    ];

    /// <summary>The JSON Lines keys: row, household, personKey, id, name, program, outcome, amounts (an object with a key per period present: PerMonth, PerYear, OneOff, InKind), inKindItems, failedRules, version, contentHash, error.</summary>
    public static IReadOnlyList<string> JsonLines { get; } =
        ["row", "household", "personKey", "id", "name", "program", "outcome", "amounts", "inKindItems", "failedRules", "version", "contentHash", "error"];
}
