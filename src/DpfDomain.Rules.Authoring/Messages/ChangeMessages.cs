using System.Globalization;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Authoring.Messages;

/// <summary>
/// The differences between two versions of a rule-set folder, in words (<c>dpf diff</c>): programs,
/// versions, rules, parameters, benefits and outputs added, removed or changed. Values arrive already
/// written (<see cref="Number(decimal)"/> numbers, <see cref="Switch(bool)"/> switches); dates are
/// yyyy-MM-dd; expressions and reasons are quoted as the file has them.
/// </summary>
internal static class ChangeMessages
{
    /// <summary>What stands for a missing text or date.</summary>
    public static readonly BilingualText None = new("(none)", "（无）");

    /// <summary>A number as staff write it: group separators, no trailing zeros (<c>1,500</c>, <c>1.5</c>).</summary>
    public static string Number(decimal value) => value.ToString("#,0.############", CultureInfo.InvariantCulture);

    /// <summary>A switch value: on (开启) or off (关闭).</summary>
    public static BilingualText Switch(bool on) => on ? FormatWords.SwitchOn : FormatWords.SwitchOff;

    public static BilingualText ProgramAdded(string id, LocalizedText name, int versions, string from) => new(
        $"Program {id} added: {name.English} ({Count(versions, "version")}, the first in force from {from}).",
        $"新增项目 {id}：{name.Chinese}（{versions} 个版本，最早自 {from} 起施行）。");

    public static BilingualText ProgramRemoved(string id, LocalizedText name) => new(
        $"Program {id} removed: {name.English}.",
        $"删除项目 {id}：{name.Chinese}。");

    public static BilingualText VersionAdded(string version, string from, string? until) => new(
        $"Version {version} added, in force from {from}{(until is null ? string.Empty : $" to {until}")}.",
        $"新增版本 {version}，自 {from} 起施行{(until is null ? string.Empty : $"，至 {until} 止")}。");

    public static BilingualText VersionRemoved(string version, string from, string? until) => new(
        $"Version {version} removed (it was in force from {from}{(until is null ? string.Empty : $" to {until}")}).",
        $"删除版本 {version}（原自 {from} 起施行{(until is null ? string.Empty : $"，至 {until} 止")}）。");

    public static BilingualText VersionRenumbered(string before, string after) => new(
        $"Version number changed from {before} to {after}.",
        $"版本号由 {before} 改为 {after}。");

    public static BilingualText EffectiveFromChanged(string before, string after) => new(
        $"In force from {after} (was {before}).",
        $"施行日期由 {before} 改为 {after}。");

    public static BilingualText EffectiveUntilChanged(string? before, string? after) => new(
        $"Last day in force: {after ?? "none (it continues)"} (was {before ?? "none"}).",
        $"截止日期由 {before ?? "无"} 改为 {after ?? "无（继续有效）"}。");

    public static BilingualText NameChanged(LocalizedText before, LocalizedText after) => new(
        $"Name changed from \"{before.English}\" to \"{after.English}\".",
        $"名称由“{before.Chinese}”改为“{after.Chinese}”。");

    public static BilingualText SubjectChanged(ProgramSubject before, ProgramSubject after) => new(
        $"Evaluated for {after} (was {before}).",
        $"评估对象由 {Subject(before)} 改为 {Subject(after)}。");

    public static BilingualText LegalReferenceAdded(string reference) => new(
        $"Legal reference added: {reference}",
        $"新增依据：{reference}");

    public static BilingualText LegalReferenceRemoved(string reference) => new(
        $"Legal reference removed: {reference}",
        $"删除依据：{reference}");

    public static BilingualText QuotaChanged(int year, int? before, int? after) => new(
        $"Quota (task number) for {year}: {(after is { } a ? Number(a) : "none")} (was {(before is { } b ? Number(b) : "none")}).",
        $"{year} 年任务数由 {(before is { } b2 ? Number(b2) : "无")} 改为 {(after is { } a2 ? Number(a2) : "无")}。");

    public static BilingualText RuleAdded(string rule, string? expression, string? combination, int nested) => new(
        expression is not null
            ? $"Rule {rule} added: {expression}"
            : $"Rule {rule} added: {combination} over {Count(nested, "nested rule")}.",
        expression is not null
            ? $"新增规则 {rule}：{expression}"
            : $"新增规则 {rule}：以 {combination} 组合 {nested} 条子规则。");

    public static BilingualText RuleRemoved(string rule) => new(
        $"Rule {rule} removed.",
        $"删除规则 {rule}。");

    public static BilingualText RuleMoved(string rule, string before, string after) => new(
        $"Rule {rule} moved from {Place(before).English} to {Place(after).English}.",
        $"规则 {rule} 由{Place(before).Chinese}移到{Place(after).Chinese}。");

    public static BilingualText RuleExpressionChanged(string rule, string? before, string? after) => new(
        $"Rule {rule}: the condition changed from \"{before ?? None.English}\" to \"{after ?? None.English}\".",
        $"规则 {rule}：条件由“{before ?? None.Chinese}”改为“{after ?? None.Chinese}”。");

    public static BilingualText RuleOperatorChanged(string rule, string? before, string? after) => new(
        $"Rule {rule}: its nested rules are combined with {after ?? None.English} (was {before ?? None.English}).",
        $"规则 {rule}：子规则的组合方式由 {before ?? None.Chinese} 改为 {after ?? None.Chinese}。");

    public static BilingualText RuleReasonChanged(string rule, string before, string after) => new(
        $"Rule {rule}: the English reason changed from \"{before}\" to \"{after}\".",
        $"规则 {rule}：英文原因由“{before}”改为“{after}”。");

    public static BilingualText RuleReasonZhChanged(string rule, string before, string after) => new(
        $"Rule {rule}: the Chinese reason changed from \"{before}\" to \"{after}\".",
        $"规则 {rule}：中文原因由“{before}”改为“{after}”。");

    public static BilingualText RuleReferenceChanged(string rule, string? before, string? after) => new(
        $"Rule {rule}: the reference changed from \"{before ?? None.English}\" to \"{after ?? None.English}\".",
        $"规则 {rule}：依据由“{before ?? None.Chinese}”改为“{after ?? None.Chinese}”。");

    public static BilingualText RuleSuccessEventChanged(string rule, string? before, string? after) => new(
        $"Rule {rule}: the success event changed from \"{before ?? None.English}\" to \"{after ?? None.English}\".",
        $"规则 {rule}：通过时的事件（SuccessEvent）由“{before ?? None.Chinese}”改为“{after ?? None.Chinese}”。");

    public static BilingualText RuleEnabledChanged(string rule, bool enabled) => enabled
        ? new($"Rule {rule} switched on (Enabled).", $"规则 {rule} 已启用。")
        : new($"Rule {rule} switched off (Enabled: false): it is no longer checked.", $"规则 {rule} 已停用（Enabled: false），不再检查。");

    /// <summary>Where a named value lives: a rule's LocalParams or the rule set's GlobalParams.</summary>
    public static BilingualText LocalOf(string rule) => new($"Rule {rule}: the intermediate value", $"规则 {rule} 的中间值");

    /// <summary>The rule set's GlobalParams.</summary>
    public static readonly BilingualText Global = new("The shared value", "公共中间值");

    public static BilingualText ScopedAdded(BilingualText owner, string name, string expression) => new(
        $"{owner.English} {name} added: {expression}",
        $"{owner.Chinese} {name} 为新增：{expression}");

    public static BilingualText ScopedRemoved(BilingualText owner, string name) => new(
        $"{owner.English} {name} removed.",
        $"{owner.Chinese} {name} 已删除。");

    public static BilingualText ScopedChanged(BilingualText owner, string name, string before, string after) => new(
        $"{owner.English} {name} changed from \"{before}\" to \"{after}\".",
        $"{owner.Chinese} {name} 由“{before}”改为“{after}”。");

    public static BilingualText ParameterAdded(string name, string values, string valuesZh) => new(
        $"Parameter {name} added: {values}.",
        $"新增参数 {name}：{valuesZh}。");

    /// <summary>One dated value in a list of values: <c>1,000 from 2019-01-01</c> / <c>2019-01-01 起 1,000</c>.</summary>
    public static BilingualText DatedValue(string from, BilingualText value) => new($"{value.English} from {from}", $"{from} 起 {value.Chinese}");

    /// <summary>What separates dated values in a list.</summary>
    public static readonly BilingualText ValueSeparator = new("; ", "；");

    public static BilingualText ParameterRemoved(string name) => new(
        $"Parameter {name} removed.",
        $"删除参数 {name}。");

    public static BilingualText ParameterUnitChanged(string name, ParameterUnit before, ParameterUnit after) => new(
        $"Parameter {name}: the unit changed from {before} to {after}.",
        $"参数 {name}：单位由 {before} 改为 {after}。");

    /// <summary>The words written after a value of a parameter of this unit (<c> 元/年</c>, from the one table of unit words), or null for a count or a switch, which have none.</summary>
    public static BilingualText? UnitWords(ParameterUnit unit) =>
        unit is ParameterUnit.Count or ParameterUnit.Switch || Diagnostics.Messages.UnitWords.Of(unit) is not { } words
            ? null
            : unit == ParameterUnit.Percent ? words : new BilingualText(" " + words.English, " " + words.Chinese);

    public static BilingualText ParameterValueAdded(string name, string from, BilingualText value, BilingualText? before) => new(
        $"Parameter {name}: new value {value.English} from {from} ({(before is { } b ? $"was {b.English}" : "no value before")}).",
        $"参数 {name}：新增 {from} 起的取值 {value.Chinese}（{(before is { } b2 ? $"原为 {b2.Chinese}" : "此前无取值")}）。");

    public static BilingualText ParameterValueChanged(string name, string from, BilingualText before, BilingualText after) => new(
        $"Parameter {name}: the value from {from} changed from {before.English} to {after.English}.",
        $"参数 {name}：{from} 起的取值由 {before.Chinese} 改为 {after.Chinese}。");

    public static BilingualText ParameterValueRemoved(string name, string from, BilingualText value, BilingualText? after) => new(
        $"Parameter {name}: the value {value.English} from {from} removed ({(after is { } a ? $"from then on {a.English} applies" : "no value applies from then on")}).",
        $"参数 {name}：删除 {from} 起的取值 {value.Chinese}（{(after is { } a2 ? $"此后沿用 {a2.Chinese}" : "此后没有取值")}）。");

    public static BilingualText ParameterReferenceChanged(string name, string from, string before, string after) => new(
        $"Parameter {name}: the reference of the value from {from} changed from \"{before}\" to \"{after}\".",
        $"参数 {name}：{from} 起取值的依据由“{before}”改为“{after}”。");

    public static BilingualText BenefitAdded(string id, string amount, BenefitPeriod period) => new(
        $"Benefit {id} added: {amount}, {DecisionMessages.Period(period).English}.",
        $"新增待遇 {id}：{DecisionMessages.Period(period).Chinese} {amount}。");

    public static BilingualText BenefitRemoved(string id) => new(
        $"Benefit {id} removed.",
        $"删除待遇 {id}。");

    public static BilingualText BenefitAmountChanged(string id, string before, string after) => new(
        $"Benefit {id}: the amount changed from \"{before}\" to \"{after}\".",
        $"待遇 {id}：金额由“{before}”改为“{after}”。");

    public static BilingualText BenefitPeriodChanged(string id, BenefitPeriod before, BenefitPeriod after) => new(
        $"Benefit {id}: paid {DecisionMessages.Period(after).English} (was {DecisionMessages.Period(before).English}).",
        $"待遇 {id}：发放周期由“{DecisionMessages.Period(before).Chinese}”改为“{DecisionMessages.Period(after).Chinese}”。");

    public static BilingualText BenefitConditionChanged(string id, string? before, string? after) => new(
        $"Benefit {id}: the condition changed from \"{before ?? None.English}\" to \"{after ?? None.English}\".",
        $"待遇 {id}：发放条件由“{before ?? None.Chinese}”改为“{after ?? None.Chinese}”。");

    public static BilingualText OutputAdded(string id, string expression) => new(
        $"Output {id} added: {expression}",
        $"新增输出项 {id}：{expression}");

    public static BilingualText OutputRemoved(string id) => new(
        $"Output {id} removed.",
        $"删除输出项 {id}。");

    public static BilingualText OutputChanged(string id, string before, string after) => new(
        $"Output {id}: the expression changed from \"{before}\" to \"{after}\".",
        $"输出项 {id}：表达式由“{before}”改为“{after}”。");

    private static BilingualText Place(string parent) => parent.Length == 0
        ? new("the top level", "顶层")
        : new($"under {parent}", $" {parent} 之下");

    private static string Subject(ProgramSubject subject) => subject == ProgramSubject.Employer ? "用人单位" : "个人";

    private static string Count(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
