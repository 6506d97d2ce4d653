using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Model;
using NodaTime;

namespace DpfDomain.Rules.Loading;

/// <summary>Checks a deserialised rule set for everything but its expressions: ids, names, dates, parameters, rule shapes and reasons.</summary>
internal sealed partial class DocumentChecker
{
    private static readonly string[] Operators = ["And", "AndAlso", "Or", "OrElse"];
    private readonly DiagnosticBag _bag;
    private readonly SourceNode _root;

    private readonly IReadOnlySet<SourceNode> _quiet;

    public DocumentChecker(DiagnosticBag bag, SourceNode root, IReadOnlySet<SourceNode>? quiet = null)
    {
        _bag = bag;
        _root = root;
        _quiet = quiet ?? new HashSet<SourceNode>();
    }

    /// <summary>The parsed parameter values, by parameter name, when valid.</summary>
    public Dictionary<string, List<(LocalDate From, object Value, string Reference)>> ParameterValues { get; } = new(StringComparer.Ordinal);

    public LocalDate EffectiveFrom { get; private set; }

    public LocalDate? EffectiveUntil { get; private set; }

    public void Check(RuleSetDocument document)
    {
        CheckProgram(document.Program, _root.Get("Program"));
        CheckParameters(document, _root.Get("Parameters"));
        CheckEligibility(document.Eligibility, _root.Get("Eligibility"));
        CheckBenefits(document.Benefits, _root.Get("Benefits"));
        CheckOutputs(document.Outputs, _root.Get("Outputs"));
    }

    private void CheckProgram(ProgramDefinition program, SourceNode node)
    {
        if (!ProgramId().IsMatch(program.Id))
        {
            Error(node.Get("Id"), DiagnosticCode.InvalidName, null, $"The program id \"{IsoDates.Echo(program.Id)}\" is not valid.", $"项目编号“{IsoDates.Echo(program.Id)}”无效。", "Use a letter, then letters, digits, '-' or '_', at most 32 characters, e.g. P1.", "以字母开头，后跟字母、数字、“-”或“_”，最多32个字符，例如 P1。");
        }

        RequireText(program.Version, node.Get("Version"), "Program.Version", "a version such as 2019.1", "版本号，例如 2019.1");
        RequireText(program.Name.Chinese, node.Get("Name").Get("zh-CN"), "Program.Name.zh-CN", "the Chinese name", "中文名称");
        RequireText(program.Name.English, node.Get("Name").Get("en"), "Program.Name.en", "the English name", "英文名称");
        if (program.LegalReferences.Count == 0 || program.LegalReferences.Any(r => r is not null && string.IsNullOrWhiteSpace(r)))
        {
            Error(node.Get("LegalReferences"), DiagnosticCode.InvalidValue, null, "Program.LegalReferences must list at least one document, with no empty entries.", "Program.LegalReferences 至少列出一个政策文件，且不能有空项。", "Name the documents the program rests on, e.g. \"国发〔2015〕52号\".", "请填写项目依据的文件，例如“国发〔2015〕52号”。");
        }

        if (Date(program.EffectiveFrom, node.Get("EffectiveFrom"), "Program.EffectiveFrom") is { } from)
        {
            EffectiveFrom = from;
        }

        if (program.EffectiveUntil is not null && Date(program.EffectiveUntil, node.Get("EffectiveUntil"), "Program.EffectiveUntil") is { } until)
        {
            EffectiveUntil = until;
            if (until < EffectiveFrom)
            {
                Error(node.Get("EffectiveUntil"), DiagnosticCode.InvalidDate, null, $"Program.EffectiveUntil ({program.EffectiveUntil}) is before EffectiveFrom ({program.EffectiveFrom}).", $"Program.EffectiveUntil（{program.EffectiveUntil}）早于 EffectiveFrom（{program.EffectiveFrom}）。", "The last day in force must be on or after the first.", "结束日期不能早于开始日期。");
            }
        }

        var years = new HashSet<int>();
        for (var i = 0; i < program.Quotas.Count; i++)
        {
            var quota = program.Quotas[i];
            if (quota is null)
            {
                continue; // a null item, reported by the shape check
            }

            var quotaNode = node.Get("Quotas").Get(i);
            if (!years.Add(quota.Year))
            {
                Error(quotaNode, DiagnosticCode.DuplicateName, null, $"Program.Quotas lists the year {quota.Year} twice.", $"Program.Quotas 中{quota.Year}年出现两次。", "Keep one quota per year.", "每年只保留一个任务数。");
            }

            if (quota.Year is < IsoDates.FirstYear or > IsoDates.LastYear)
            {
                Error(quotaNode.Get("Year"), DiagnosticCode.InvalidValue, null, $"The quota year {quota.Year} is not a year from {IsoDates.FirstYear} to {IsoDates.LastYear}.", $"任务数的年份 {quota.Year} 不在 {IsoDates.FirstYear} 至 {IsoDates.LastYear} 年之间。", "Write the calendar year, e.g. 2019.", "请填写公历年份，例如 2019。");
            }

            if (quota.Count < 0)
            {
                Error(quotaNode.Get("Count"), DiagnosticCode.InvalidValue, null, $"The quota for {quota.Year} is negative.", $"{quota.Year}年的任务数为负数。", "Write 0 or more.", "请填写0或正数。");
            }
        }
    }

    private void CheckParameters(RuleSetDocument document, SourceNode node)
    {
        var parameters = document.Parameters;
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            if (parameter is null)
            {
                continue; // a null item, reported by the shape check
            }

            var parameterNode = node.Get(i);
            if (!Identifier().IsMatch(parameter.Name) || parameter.Name is "Person" or "Employer" or "Parameters")
            {
                Error(parameterNode.Get("Name"), DiagnosticCode.InvalidName, null, $"The parameter name \"{IsoDates.Echo(parameter.Name)}\" is not valid.", $"参数名“{IsoDates.Echo(parameter.Name)}”无效。", "Use a letter, then letters and digits, e.g. AmountPerYear (not Person or Parameters).", "以字母开头，后跟字母和数字，例如 AmountPerYear（不能用 Person、Parameters）。");
                continue;
            }

            if (ParameterValues.Keys.Any(k => string.Equals(k, parameter.Name, StringComparison.OrdinalIgnoreCase)))
            {
                Error(parameterNode.Get("Name"), DiagnosticCode.DuplicateName, null, $"The parameter \"{IsoDates.Echo(parameter.Name)}\" is declared twice (names ignore case in expressions).", $"参数“{IsoDates.Echo(parameter.Name)}”重复声明。", "Keep one declaration and put all its values under it, each with its own From date.", "只保留一处声明，把各个取值按 From 日期列在其下。");
                continue;
            }

            ParameterValues[parameter.Name] = CheckValues(parameter, parameterNode);
        }
    }

    private List<(LocalDate From, object Value, string Reference)> CheckValues(ParameterDefinition parameter, SourceNode node)
    {
        var values = new List<(LocalDate From, object Value, string Reference)>();
        var valuesNode = node.Get("Values");
        if (parameter.Values.Count == 0)
        {
            Error(valuesNode, DiagnosticCode.ParameterHasNoValueOnStart, null, $"The parameter \"{IsoDates.Echo(parameter.Name)}\" has no values.", $"参数“{IsoDates.Echo(parameter.Name)}”没有任何取值。", $"Add a value from the program's first day: {{ \"From\": \"{DateText(EffectiveFrom)}\", \"Value\": …, \"Reference\": \"…\" }}.", $"请添加自项目开始日起的取值：{{ \"From\": \"{DateText(EffectiveFrom)}\", \"Value\": …, \"Reference\": \"…\" }}。");
            return values;
        }

        for (var i = 0; i < parameter.Values.Count; i++)
        {
            var value = parameter.Values[i];
            if (value is null)
            {
                continue; // a null item, reported by the shape check
            }

            var valueNode = valuesNode.Get(i);
            var parsed = ParseValue(parameter, value.Value, valueNode.Get("Value"));
            RequireText(value.Reference, valueNode.Get("Reference"), $"the Reference of {IsoDates.Echo(parameter.Name)}'s value", "where the value comes from (a document, or 'local reference value')", "取值来源（政策文件，或“地方参考值”）");
            if (Date(value.From, valueNode.Get("From"), $"{IsoDates.Echo(parameter.Name)}'s value date") is not { } from || parsed is null)
            {
                continue;
            }

            if (values.Count > 0 && from <= values[^1].From)
            {
                Error(valueNode.Get("From"), DiagnosticCode.ParameterValuesOutOfOrder, null, $"The values of \"{IsoDates.Echo(parameter.Name)}\" are not in ascending date order: {value.From} comes after {DateText(values[^1].From)}.", $"参数“{IsoDates.Echo(parameter.Name)}”的取值未按日期升序排列：{value.From} 排在 {DateText(values[^1].From)} 之后。", "List the values oldest first, each date once.", "请按日期从早到晚排列，每个日期只出现一次。");
                continue;
            }

            values.Add((from, parsed, value.Reference));
        }

        if (values.Count > 0 && values[0].From > EffectiveFrom && EffectiveFrom != default)
        {
            Error(valuesNode.Get(0).Get("From"), DiagnosticCode.ParameterHasNoValueOnStart, null, $"The parameter \"{IsoDates.Echo(parameter.Name)}\" has no value on the program's first day {DateText(EffectiveFrom)}: its first value applies from {DateText(values[0].From)}.", $"参数“{IsoDates.Echo(parameter.Name)}”在项目开始日 {DateText(EffectiveFrom)} 没有取值：第一个取值自 {DateText(values[0].From)} 起。", $"Date the first value {DateText(EffectiveFrom)} or earlier, or start the program later.", $"请将第一个取值的日期改为 {DateText(EffectiveFrom)} 或更早，或推迟项目开始日期。");
        }

        return values;
    }

    private object? ParseValue(ParameterDefinition parameter, JsonElement value, SourceNode node)
    {
        if (parameter.Unit == ParameterUnit.Switch)
        {
            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return value.GetBoolean();
            }

            Error(node, DiagnosticCode.ParameterValueKind, null, $"\"{IsoDates.Echo(parameter.Name)}\" is a Switch, so its value must be true or false.", $"“{IsoDates.Echo(parameter.Name)}”是开关（Switch），取值只能是 true 或 false。", "Write true or false without quotes.", "请填写不带引号的 true 或 false。");
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            if (number < 0)
            {
                // An amount, an age, a share or a count below zero is never meant; accepted, it turns every eligible decision into an error.
                // The value is still returned, so that no consequential "no value" problem follows.
                Error(node, DiagnosticCode.InvalidValue, null, $"\"{IsoDates.Echo(parameter.Name)}\" is measured in {parameter.Unit} and cannot be negative.", $"“{IsoDates.Echo(parameter.Name)}”的单位是 {parameter.Unit}，取值不能为负数。", "Write 0 or more.", "请填写 0 或正数。");
            }

            return number;
        }

        Error(node, DiagnosticCode.ParameterValueKind, null, $"\"{IsoDates.Echo(parameter.Name)}\" is measured in {parameter.Unit}, so its value must be a number.", $"“{IsoDates.Echo(parameter.Name)}”的单位是 {parameter.Unit}，取值必须是数字。", "Write a number without quotes, e.g. 1000 or 1.5.", "请填写不带引号的数字，例如 1000 或 1.5。");
        return null;
    }

    private void CheckEligibility(EligibilityWorkflow workflow, SourceNode node)
    {
        RequireText(workflow.WorkflowName, node.Get("WorkflowName"), "Eligibility.WorkflowName", "the workflow's name (usually the program id)", "工作流名称（通常为项目编号）");
        if (workflow.Rules.Count == 0)
        {
            Error(node.Get("Rules"), DiagnosticCode.InvalidRuleShape, null, "Eligibility.Rules is empty.", "Eligibility.Rules 为空。", "Add at least one rule; a program with no conditions would make everyone eligible.", "至少添加一条规则；没有条件的项目会让所有人都符合条件。");
        }
        else if (workflow.Rules.Count > RuleSetLimits.MaxTopLevelRules)
        {
            Error(node.Get("Rules"), DiagnosticCode.ExpressionTooLarge, null, $"Eligibility.Rules has {workflow.Rules.Count} rules; the limit is {RuleSetLimits.MaxTopLevelRules}.", $"Eligibility.Rules 有{workflow.Rules.Count}条规则，上限为{RuleSetLimits.MaxTopLevelRules}条。", "Group related conditions under one rule with an Operator.", "请用 Operator 将相关条件合并为一条规则。");
        }

        var globals = CheckScopedNames(workflow.GlobalParams, node.Get("GlobalParams"), null, new HashSet<string>());
        // Names differing only in case would read as the same rule in a decision's failed rules.
        var names = new Dictionary<string, SourceNode>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < workflow.Rules.Count; i++)
        {
            if (workflow.Rules[i] is { } rule)
            {
                CheckRule(rule, node.Get("Rules").Get(i), names, 1, globals);
            }
        }
    }

    /// <summary>The longest rule name accepted.</summary>
    internal const int MaximumRuleNameLength = 64;

    private void CheckRule(RuleDefinition rule, SourceNode node, Dictionary<string, SourceNode> names, int depth, IReadOnlySet<string> inScope)
    {
        var name = rule.RuleName;
        if (string.IsNullOrWhiteSpace(name))
        {
            Error(node.Get("RuleName"), DiagnosticCode.InvalidName, null, "A rule has an empty RuleName.", "有规则的 RuleName 为空。", "Give every rule a short, unique name, e.g. HouseholdIsPoor.", "请为每条规则起一个简短且唯一的名称，例如 HouseholdIsPoor。");
        }
        else if (name.Length > MaximumRuleNameLength || name.Any(c => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format) || name.Trim().Length != name.Length)
        {
            Error(node.Get("RuleName"), DiagnosticCode.InvalidName, null, $"The rule name \"{IsoDates.Echo(name)}\" has invisible or control characters, spaces at an end, or more than {MaximumRuleNameLength} characters.", $"规则名“{IsoDates.Echo(name)}”含有不可见字符或控制字符、首尾有空格，或超过 {MaximumRuleNameLength} 个字符。", "Give every rule a short, unique name of letters and digits, e.g. HouseholdIsPoor.", "请为每条规则起一个由字母和数字组成的简短唯一名称，例如 HouseholdIsPoor。");
        }
        else if (names.TryGetValue(name, out var first))
        {
            Error(node.Get("RuleName"), DiagnosticCode.DuplicateRuleName, name, $"The rule name \"{name}\" is already used at line {first.Position.Line} (names differing only in upper and lower case count as the same).", $"规则名“{name}”已在第{first.Position.Line}行使用（只有大小写不同的名称视为相同）。", "Rule names must be unique in a rule set; decisions report failed rules by name.", "规则名在规则集中必须唯一，判定结果按名称报告未通过的规则。");
        }
        else
        {
            names[name] = node.Get("RuleName");
        }

        if (string.IsNullOrWhiteSpace(rule.ErrorMessage))
        {
            Error(node.Get("ErrorMessage"), DiagnosticCode.MissingReason, name, $"Rule \"{name}\" has no English reason (ErrorMessage).", $"规则“{name}”缺少英文原因（ErrorMessage）。", "Write in plain words why a person fails this rule, e.g. \"The household does not receive 低保.\"", "请用通俗的话说明不符合该规则的原因。");
        }

        if (string.IsNullOrWhiteSpace(rule.Properties.ErrorMessageZh))
        {
            Error(node.Get("Properties")["ErrorMessageZh"] ?? node.Get("Properties"), DiagnosticCode.MissingReason, name, $"Rule \"{name}\" has no Chinese reason (Properties.ErrorMessageZh).", $"规则“{name}”缺少中文原因（Properties.ErrorMessageZh）。", "Write in plain Chinese why a person fails this rule, e.g. \"家庭未享受低保。\"", "请用通俗的中文说明不符合该规则的原因，例如“家庭未享受低保。”");
        }

        if (rule.RuleExpressionType is not null and not "LambdaExpression")
        {
            Error(node.Get("RuleExpressionType"), DiagnosticCode.InvalidValue, name, $"RuleExpressionType \"{IsoDates.Echo(rule.RuleExpressionType)}\" does not exist.", $"RuleExpressionType“{IsoDates.Echo(rule.RuleExpressionType)}”不存在。", "Write \"LambdaExpression\" or leave it out.", "请填写“LambdaExpression”或删除此项。");
        }

        var scope = CheckScopedNames(rule.LocalParams, node.Get("LocalParams"), name, inScope);
        if (rule.Operator is not null)
        {
            if (!Operators.Contains(rule.Operator, StringComparer.Ordinal))
            {
                var suggestion = Suggestions.Closest(rule.Operator, Operators);
                Error(node.Get("Operator"), DiagnosticCode.InvalidRuleShape, name, $"The operator \"{IsoDates.Echo(rule.Operator)}\" is not one of And, AndAlso, Or, OrElse.", $"运算符“{IsoDates.Echo(rule.Operator)}”不是 And、AndAlso、Or、OrElse 之一。", suggestion is not null ? $"Write \"{suggestion}\" (exactly this spelling; RulesEngine ignores other spellings silently)." : "Write And (all nested rules pass) or Or (any passes).", suggestion is not null ? $"请写作“{suggestion}”（必须完全一致，否则 RulesEngine 会静默忽略）。" : "请填写 And（全部通过）或 Or（任一通过）。");
            }

            if (rule.Rules is null || rule.Rules.Count == 0)
            {
                Error(node.Get("Operator"), DiagnosticCode.InvalidRuleShape, name, $"Rule \"{name}\" has an Operator but no nested Rules.", $"规则“{name}”有 Operator 但没有嵌套的 Rules。", "Add the nested rules, or replace Operator by an Expression.", "请添加嵌套规则，或将 Operator 改为 Expression。");
            }

            if (rule.Expression is not null)
            {
                Error(node.Get("Expression"), DiagnosticCode.InvalidRuleShape, name, $"Rule \"{name}\" has both an Operator and an Expression; RulesEngine would ignore the Expression.", $"规则“{name}”同时有 Operator 和 Expression，RulesEngine 会忽略 Expression。", "Move the Expression into a nested rule, or remove the Operator.", "请把 Expression 移到嵌套规则中，或删除 Operator。");
            }

            if (depth >= RuleSetLimits.MaxRuleNesting && rule.Rules is { Count: > 0 })
            {
                Error(node.Get("Rules"), DiagnosticCode.ExpressionTooLarge, name, $"Rules nest more than {RuleSetLimits.MaxRuleNesting} levels deep.", $"规则嵌套超过{RuleSetLimits.MaxRuleNesting}层。", "Flatten the nesting.", "请减少嵌套层数。");
                return;
            }

            for (var i = 0; i < (rule.Rules?.Count ?? 0); i++)
            {
                if (rule.Rules?[i] is { } child)
                {
                    CheckRule(child, node.Get("Rules").Get(i), names, depth + 1, scope);
                }
            }
        }
        else
        {
            if (rule.Expression is null)
            {
                Error(node, DiagnosticCode.InvalidRuleShape, name, $"Rule \"{name}\" has neither an Expression nor an Operator with nested Rules.", $"规则“{name}”既没有 Expression，也没有带嵌套 Rules 的 Operator。", "Add \"Expression\": \"…\" with the condition.", "请添加“Expression”: “…”，填写条件。");
            }

            if (rule.Rules is { Count: > 0 })
            {
                Error(node.Get("Rules"), DiagnosticCode.InvalidRuleShape, name, $"Rule \"{name}\" has nested Rules but no Operator.", $"规则“{name}”有嵌套 Rules 但没有 Operator。", "Add \"Operator\": \"And\" (all must pass) or \"Or\" (any may pass).", "请添加“Operator”: “And”（全部通过）或“Or”（任一通过）。");
            }
        }
    }

    /// <summary>Checks scoped-param names against each other and the names already in scope; returns the scope including them.</summary>
    private HashSet<string> CheckScopedNames(IReadOnlyList<ScopedParamDefinition?>? scoped, SourceNode node, string? ruleName, IReadOnlySet<string> inScope)
    {
        var scope = new HashSet<string>(inScope, StringComparer.OrdinalIgnoreCase);
        if (scoped is not null && scoped.Count > RuleSetLimits.MaxScopedParams)
        {
            Error(node, DiagnosticCode.ExpressionTooLarge, ruleName, $"There are {scoped.Count} scoped params here; the limit is {RuleSetLimits.MaxScopedParams}.", $"此处有{scoped.Count}个局部参数，上限为{RuleSetLimits.MaxScopedParams}个。", "Combine them, or split the rule.", "请合并，或拆分规则。");
        }

        for (var i = 0; i < (scoped?.Count ?? 0); i++)
        {
            if (scoped?[i] is not { } param)
            {
                continue; // a null item, reported by the shape check
            }

            var name = param.Name;
            var nameNode = node.Get(i).Get("Name");
            if (!Identifier().IsMatch(name) || ReservedNames.Contains(name))
            {
                Error(nameNode, DiagnosticCode.InvalidName, ruleName, $"The name \"{name}\" is not valid for a scoped param.", $"局部参数名“{name}”无效。", "Use a letter, then letters and digits; not a word of the expression language (Person, Parameters, true, null, in, Math, …).", "以字母开头，后跟字母和数字；不能使用表达式语言中的词（Person、Parameters、true、null、in、Math 等）。");
            }
            else if (!scope.Add(name))
            {
                var inherited = inScope.Contains(name);
                Error(nameNode, DiagnosticCode.DuplicateName, ruleName, inherited ? $"The scoped param \"{name}\" hides one of the same name (ignoring case) from GlobalParams or an enclosing rule." : $"The scoped param \"{name}\" is declared twice (names ignore case).", inherited ? $"局部参数“{name}”与全局参数或上级规则中的同名参数（不分大小写）重名。" : $"局部参数“{name}”重复声明（名称不分大小写）。", "Give each scoped param its own name.", "每个局部参数使用不同的名称。");
            }
        }

        return scope;
    }

    private void CheckBenefits(IReadOnlyList<BenefitDefinition> benefits, SourceNode node)
    {
        if (benefits.Count == 0)
        {
            Error(node, DiagnosticCode.InvalidValue, null, "Benefits is empty.", "Benefits 为空。", "Add at least one item with an Amount and a Period.", "至少添加一项待遇，包括 Amount 和 Period。");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < benefits.Count; i++)
        {
            if (benefits[i] is null)
            {
                continue; // a null item, reported by the shape check
            }

            if (!Identifier().IsMatch(benefits[i].Id))
            {
                Error(node.Get(i).Get("Id"), DiagnosticCode.InvalidName, null, $"The benefit id \"{benefits[i].Id}\" is not valid.", $"待遇编号“{benefits[i].Id}”无效。", "Use a letter, then letters and digits, e.g. Subsidy.", "以字母开头，后跟字母和数字，例如 Subsidy。");
            }
            else if (!ids.Add(benefits[i].Id))
            {
                Error(node.Get(i).Get("Id"), DiagnosticCode.DuplicateName, null, $"The benefit id \"{benefits[i].Id}\" is used twice.", $"待遇编号“{benefits[i].Id}”重复。", "Give each benefit item its own id.", "每项待遇使用不同的编号。");
            }
        }
    }

    private void CheckOutputs(IReadOnlyList<OutputDefinition?> outputs, SourceNode node)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < outputs.Count; i++)
        {
            if (outputs[i] is not { } output)
            {
                continue; // a null item, reported by the shape check
            }

            if (!Identifier().IsMatch(output.Id))
            {
                Error(node.Get(i).Get("Id"), DiagnosticCode.InvalidName, null, $"The output id \"{output.Id}\" is not valid.", $"输出项编号“{output.Id}”无效。", "Use a letter, then letters and digits, e.g. PriorityGroup.", "以字母开头，后跟字母和数字，例如 PriorityGroup。");
            }
            else if (!ids.Add(output.Id))
            {
                Error(node.Get(i).Get("Id"), DiagnosticCode.DuplicateName, null, $"The output id \"{output.Id}\" is used twice.", $"输出项编号“{output.Id}”重复。", "Give each output its own id.", "每个输出项使用不同的编号。");
            }
        }
    }

    private LocalDate? Date(string? text, SourceNode node, string what)
    {
        if (IsoDates.TryParse(text, out var date))
        {
            return date;
        }

        Error(node, DiagnosticCode.InvalidDate, null, $"{what} \"{IsoDates.Echo(text)}\" is not a real date written yyyy-MM-dd between {IsoDates.FirstYear} and {IsoDates.LastYear}.", $"{what}“{IsoDates.Echo(text)}”不是 {IsoDates.FirstYear} 至 {IsoDates.LastYear} 年之间、按 yyyy-MM-dd 格式填写的有效日期。", "Write the date as yyyy-MM-dd, e.g. 2019-01-01.", "请按 yyyy-MM-dd 填写日期，例如 2019-01-01。");
        return null;
    }

    private void RequireText(string? text, SourceNode node, string what, string expected, string expectedZh)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Error(node, DiagnosticCode.InvalidValue, null, $"{what} is empty.", $"{what} 为空。", $"Write {expected}.", $"请填写{expectedZh}。");
        }
    }

    private void Error(SourceNode node, DiagnosticCode code, string? ruleName, string message, string messageZh, string hint, string hintZh)
    {
        if (!_quiet.Contains(node))
        {
            _bag.Add(node.Position, code, ruleName, message, messageZh, hint, hintZh);
        }
    }

    private static string DateText(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Words of the expression language and predefined types, which a scoped param may not be named.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ReservedNames = new[]
    {
        "Person", "Employer", "Parameters", "true", "false", "null", "it", "parent", "root", "new", "in", "is", "as", "and", "or", "not",
        "iif", "np", "Math", "Convert", "String", "Enumerable", "DateTime", "DateTimeOffset", "TimeSpan", "Guid", "Object",
        "Boolean", "Char", "Byte", "Int16", "Int32", "Int64", "Single", "Double", "Decimal", "int", "long", "double",
        "decimal", "bool", "string", "char", "byte", "float", "short", "object", "Uri", "Enum", "Type", "typeof",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,31}$")]
    private static partial Regex ProgramId();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,63}$")]
    private static partial Regex Identifier();
}
