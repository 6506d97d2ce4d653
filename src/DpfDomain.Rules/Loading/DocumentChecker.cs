using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Model;
using NodaTime;

namespace DpfDomain.Rules.Loading;

/// <summary>Checks a deserialised rule set for everything but its expressions: ids, names, dates, parameters, rule shapes and reasons.</summary>
internal sealed partial class DocumentChecker
{
    private static readonly string[] Operators = ["And", "AndAlso", "Or", "OrElse"];
    private readonly DiagnosticBag _bag;

    private readonly IReadOnlySet<SourceNode> _quiet;

    private SourceNode? _root;

    public DocumentChecker(DiagnosticBag bag, IReadOnlySet<SourceNode>? quiet = null)
    {
        _bag = bag;
        _quiet = quiet ?? new HashSet<SourceNode>();
    }

    /// <summary>The parsed parameter values, by parameter name, when valid.</summary>
    public Dictionary<string, List<(LocalDate From, object Value, string Reference)>> ParameterValues { get; } = new(StringComparer.Ordinal);

    public LocalDate EffectiveFrom { get; private set; }

    public LocalDate? EffectiveUntil { get; private set; }

    public void Check(RuleSetDocument document)
    {
        _root = document.Source;
        CheckProgram(document.Program);
        CheckParameters(document);
        CheckEligibility(document.Eligibility);
        CheckBenefits(document.Benefits, document.Source.Get("Benefits"));
        CheckOutputs(document.Outputs);
    }

    private void CheckProgram(ProgramDefinition program)
    {
        var node = program.Source;
        if (!ProgramId().IsMatch(program.Id))
        {
            Error(node.Get("Id"), DocumentMessages.InvalidProgramId(IsoDates.Echo(program.Id)));
        }

        RequireText(program.Version, node.Get("Version"), "Program.Version", DocumentMessages.AVersion);
        RequireText(program.Name.Chinese, node.Get("Name").Get("zh-CN"), "Program.Name.zh-CN", DocumentMessages.TheChineseName);
        RequireText(program.Name.English, node.Get("Name").Get("en"), "Program.Name.en", DocumentMessages.TheEnglishName);
        if (program.LegalReferences.Count == 0 || program.LegalReferences.Any(r => r is not null && string.IsNullOrWhiteSpace(r)))
        {
            Error(node.Get("LegalReferences"), DocumentMessages.NoLegalReferences());
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
                Error(node.Get("EffectiveUntil"), DocumentMessages.EndsBeforeItStarts(program.EffectiveUntil, program.EffectiveFrom));
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

            var quotaNode = quota.Source;
            if (!years.Add(quota.Year))
            {
                Error(quotaNode, DocumentMessages.QuotaYearTwice(quota.Year));
            }

            if (quota.Year is < IsoDates.FirstYear or > IsoDates.LastYear)
            {
                Error(quotaNode.Get("Year"), DocumentMessages.QuotaYearOutOfRange(quota.Year, IsoDates.FirstYear, IsoDates.LastYear));
            }

            if (quota.Count < 0)
            {
                Error(quotaNode.Get("Count"), DocumentMessages.NegativeQuota(quota.Year));
            }
        }
    }

    private void CheckParameters(RuleSetDocument document)
    {
        var parameters = document.Parameters;
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            if (parameter is null)
            {
                continue; // a null item, reported by the shape check
            }

            var parameterNode = parameter.Source;
            if (!Identifier().IsMatch(parameter.Name) || parameter.Name is "Person" or "Employer" or "Parameters")
            {
                Error(parameterNode.Get("Name"), DocumentMessages.InvalidParameterName(IsoDates.Echo(parameter.Name)));
                continue;
            }

            if (ParameterValues.Keys.Any(k => string.Equals(k, parameter.Name, StringComparison.OrdinalIgnoreCase)))
            {
                Error(parameterNode.Get("Name"), DocumentMessages.ParameterDeclaredTwice(IsoDates.Echo(parameter.Name)));
                continue;
            }

            ParameterValues[parameter.Name] = CheckValues(parameter, i);
        }
    }

    private List<(LocalDate From, object Value, string Reference)> CheckValues(ParameterDefinition parameter, int index)
    {
        var values = new List<(LocalDate From, object Value, string Reference)>();
        var valuesNode = parameter.Source.Get("Values");
        if (parameter.Values.Count == 0)
        {
            Error(valuesNode, DocumentMessages.ParameterWithoutValues(IsoDates.Echo(parameter.Name), DateText(EffectiveFrom)));
            return values;
        }

        for (var i = 0; i < parameter.Values.Count; i++)
        {
            var value = parameter.Values[i];
            if (value is null)
            {
                continue; // a null item, reported by the shape check
            }

            var valueNode = value.Source;
            var parsed = ParseValue(parameter, value.Value, valueNode.Get("Value"));
            RequireText(value.Reference, valueNode.Get("Reference"), $"Parameters[{index}].Values[{i}].Reference", DocumentMessages.AReference);
            if (Date(value.From, valueNode.Get("From"), $"Parameters[{index}].Values[{i}].From") is not { } from || parsed is null)
            {
                continue;
            }

            if (values.Count > 0 && from <= values[^1].From)
            {
                Error(valueNode.Get("From"), DocumentMessages.ValuesOutOfOrder(IsoDates.Echo(parameter.Name), value.From, DateText(values[^1].From)));
                continue;
            }

            values.Add((from, parsed, value.Reference));
        }

        if (values.Count > 0 && values[0].From > EffectiveFrom && EffectiveFrom != default)
        {
            Error(valuesNode.Get(0).Get("From"), DocumentMessages.NoValueOnFirstDay(IsoDates.Echo(parameter.Name), DateText(EffectiveFrom), DateText(values[0].From)));
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

            Error(node, DocumentMessages.SwitchNotTrueOrFalse(IsoDates.Echo(parameter.Name)));
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            if (number < 0)
            {
                // An amount, an age, a share or a count below zero is never meant; accepted, it turns every eligible decision into an error.
                // The value is still returned, so that no consequential "no value" problem follows.
                Error(node, DocumentMessages.NegativeParameterValue(IsoDates.Echo(parameter.Name), parameter.Unit));
            }

            return number;
        }

        Error(node, DocumentMessages.ParameterValueNotANumber(IsoDates.Echo(parameter.Name), parameter.Unit));
        return null;
    }

    private void CheckEligibility(EligibilityWorkflow workflow)
    {
        var node = workflow.Source;
        RequireText(workflow.WorkflowName, node.Get("WorkflowName"), "Eligibility.WorkflowName", DocumentMessages.AWorkflowName);
        if (workflow.Rules.Count == 0)
        {
            Error(node.Get("Rules"), DocumentMessages.NoRules());
        }
        else if (workflow.Rules.Count > RuleSetLimits.MaxTopLevelRules)
        {
            Error(node.Get("Rules"), DocumentMessages.TooManyTopLevelRules(workflow.Rules.Count, RuleSetLimits.MaxTopLevelRules));
        }

        var globals = CheckScopedNames(workflow.GlobalParams, node.Get("GlobalParams"), null, new HashSet<string>());
        // Names differing only in case would read as the same rule in a decision's failed rules.
        var names = new Dictionary<string, SourceNode>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < workflow.Rules.Count; i++)
        {
            if (workflow.Rules[i] is { } rule)
            {
                CheckRule(rule, names, 1, globals);
            }
        }
    }

    /// <summary>The longest rule name accepted.</summary>
    internal const int MaximumRuleNameLength = 64;

    private void CheckRule(RuleDefinition rule, Dictionary<string, SourceNode> names, int depth, IReadOnlySet<string> inScope)
    {
        var node = rule.Source;
        var name = rule.RuleName;
        if (string.IsNullOrWhiteSpace(name))
        {
            Error(node.Get("RuleName"), DocumentMessages.EmptyRuleName());
        }
        else if (name.Length > MaximumRuleNameLength || name.Any(c => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format) || name.Trim().Length != name.Length)
        {
            Error(node.Get("RuleName"), DocumentMessages.UnreadableRuleName(IsoDates.Echo(name), MaximumRuleNameLength));
        }
        else if (names.TryGetValue(name, out var first))
        {
            Error(node.Get("RuleName"), DocumentMessages.RuleNameTaken(name, first.Position.Line), name);
        }
        else
        {
            names[name] = node.Get("RuleName");
        }

        if (string.IsNullOrWhiteSpace(rule.ErrorMessage))
        {
            Error(node.Get("ErrorMessage"), DocumentMessages.NoEnglishReason(name), name);
        }

        if (string.IsNullOrWhiteSpace(rule.Properties.ErrorMessageZh))
        {
            Error(node.Get("Properties")["ErrorMessageZh"] ?? node.Get("Properties"), DocumentMessages.NoChineseReason(name), name);
        }

        if (rule.RuleExpressionType is not null and not "LambdaExpression")
        {
            Error(node.Get("RuleExpressionType"), DocumentMessages.UnknownExpressionType(IsoDates.Echo(rule.RuleExpressionType)), name);
        }

        var scope = CheckScopedNames(rule.LocalParams, node.Get("LocalParams"), name, inScope);
        if (rule.Operator is not null)
        {
            if (!Operators.Contains(rule.Operator, StringComparer.Ordinal))
            {
                var suggestion = DocumentMessages.OperatorForChineseWord(rule.Operator) ?? Suggestions.Closest(rule.Operator, Operators);
                Error(node.Get("Operator"), DocumentMessages.UnknownOperator(IsoDates.Echo(rule.Operator), suggestion), name);
            }

            if (rule.Rules is null || rule.Rules.Count == 0)
            {
                Error(node.Get("Operator"), DocumentMessages.OperatorWithoutRules(name), name);
            }

            if (rule.Expression is not null)
            {
                Error(node.Get("Expression"), DocumentMessages.OperatorAndExpression(name), name);
            }

            if (depth >= RuleSetLimits.MaxRuleNesting && rule.Rules is { Count: > 0 })
            {
                Error(node.Get("Rules"), DocumentMessages.NestedTooDeep(RuleSetLimits.MaxRuleNesting), name);
                return;
            }

            for (var i = 0; i < (rule.Rules?.Count ?? 0); i++)
            {
                if (rule.Rules?[i] is { } child)
                {
                    CheckRule(child, names, depth + 1, scope);
                }
            }
        }
        else
        {
            if (rule.Expression is null)
            {
                Error(node, DocumentMessages.NeitherExpressionNorOperator(name), name);
            }

            if (rule.Rules is { Count: > 0 })
            {
                Error(node.Get("Rules"), DocumentMessages.RulesWithoutOperator(name), name);
            }
        }
    }

    /// <summary>Checks scoped-param names against each other and the names already in scope; returns the scope including them.</summary>
    private HashSet<string> CheckScopedNames(IReadOnlyList<ScopedParamDefinition?>? scoped, SourceNode node, string? ruleName, IReadOnlySet<string> inScope)
    {
        var scope = new HashSet<string>(inScope, StringComparer.OrdinalIgnoreCase);
        if (scoped is not null && scoped.Count > RuleSetLimits.MaxScopedParams)
        {
            Error(node, DocumentMessages.TooManyScopedParams(scoped.Count, RuleSetLimits.MaxScopedParams), ruleName);
        }

        for (var i = 0; i < (scoped?.Count ?? 0); i++)
        {
            if (scoped?[i] is not { } param)
            {
                continue; // a null item, reported by the shape check
            }

            var name = param.Name;
            var nameNode = param.Source.Get("Name");
            if (!Identifier().IsMatch(name) || ReservedNames.Contains(name))
            {
                Error(nameNode, DocumentMessages.InvalidScopedParamName(name), ruleName);
            }
            else if (!scope.Add(name))
            {
                var inherited = inScope.Contains(name);
                Error(nameNode, inherited ? DocumentMessages.ScopedParamHidesAnother(name) : DocumentMessages.ScopedParamDeclaredTwice(name), ruleName);
            }
        }

        return scope;
    }

    private void CheckBenefits(IReadOnlyList<BenefitDefinition> benefits, SourceNode node)
    {
        if (benefits.Count == 0)
        {
            Error(node, DocumentMessages.NoBenefits());
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
                Error(benefits[i].Source.Get("Id"), DocumentMessages.InvalidBenefitId(benefits[i].Id));
            }
            else if (!ids.Add(benefits[i].Id))
            {
                Error(benefits[i].Source.Get("Id"), DocumentMessages.BenefitIdTwice(benefits[i].Id));
            }
        }
    }

    private void CheckOutputs(IReadOnlyList<OutputDefinition?> outputs)
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
                Error(output.Source.Get("Id"), DocumentMessages.InvalidOutputId(output.Id));
            }
            else if (!ids.Add(output.Id))
            {
                Error(output.Source.Get("Id"), DocumentMessages.OutputIdTwice(output.Id));
            }
        }
    }

    /// <summary>The date written at <paramref name="path"/>; a problem, with the place in words, when it is none.</summary>
    private LocalDate? Date(string? text, SourceNode node, string path)
    {
        if (IsoDates.TryParse(text, out var date))
        {
            return date;
        }

        Error(node, DocumentMessages.NotADate(Where(path), IsoDates.Echo(text), IsoDates.FirstYear, IsoDates.LastYear));
        return null;
    }

    /// <summary>A problem when the text at <paramref name="path"/> is empty; its place is put in words only then.</summary>
    private void RequireText(string? text, SourceNode node, string path, BilingualText expected)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Error(node, DocumentMessages.EmptyText(Where(path), expected));
        }
    }

    private void Error(SourceNode node, DiagnosticMessage message, string? ruleName = null)
    {
        if (!_quiet.Contains(node))
        {
            _bag.Report(message, node.Position, ruleName);
        }
    }

    /// <summary>A path of this file said in words, with the path.</summary>
    private BilingualText Where(string path) => LocationWords.Of(path, _root);

    private static string DateText(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Words of the expression language and predefined types, which a scoped param may not be named.</summary>
    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Person", "Employer", "Parameters", "true", "false", "null", "it", "parent", "root", "new", "in", "is", "as", "and", "or", "not",
        "iif", "np", "Math", "Convert", "String", "Enumerable", "DateTime", "DateTimeOffset", "TimeSpan", "Guid", "Object",
        "Boolean", "Char", "Byte", "Int16", "Int32", "Int64", "Single", "Double", "Decimal", "int", "long", "double",
        "decimal", "bool", "string", "char", "byte", "float", "short", "object", "Uri", "Enum", "Type", "typeof",
    };

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,31}$")]
    private static partial Regex ProgramId();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,63}$")]
    private static partial Regex Identifier();
}
