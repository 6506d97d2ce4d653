using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Diagnostics.Messages;

/// <summary>
/// The problems of a rule set's document check: ids, names, dates, parameters, rule shapes,
/// reasons, benefits and outputs. Values typed by a user arrive already echoed (cut and cleaned).
/// </summary>
internal static class DocumentMessages
{
    public static DiagnosticMessage InvalidProgramId(string id) => DiagnosticDescriptors.InvalidName.Message(
        $"The program id \"{id}\" is not valid.",
        $"项目编号“{id}”无效。",
        "Use a letter, then letters, digits, '-' or '_', at most 32 characters, e.g. P1.",
        "以字母开头，后跟字母、数字、“-”或“_”，最多32个字符，例如 P1。");

    public static DiagnosticMessage NoLegalReferences() => DiagnosticDescriptors.InvalidValue.Message(
        $"{LocationWords.Capitalise(At("Program.LegalReferences").English)} must list at least one document, with no empty entries.",
        $"{At("Program.LegalReferences").Chinese}至少列出一个政策文件，且不能有空项。",
        "Name the documents the program rests on, e.g. \"国发〔2015〕52号\".",
        "请填写项目依据的文件，例如“国发〔2015〕52号”。");

    public static DiagnosticMessage EndsBeforeItStarts(string? until, string? from) => DiagnosticDescriptors.InvalidDate.Message(
        $"The last day of the program (Program.EffectiveUntil, {until}) is before its first day (EffectiveFrom, {from}).",
        $"项目的结束日期（Program.EffectiveUntil，{until}）早于开始日期（EffectiveFrom，{from}）。",
        "The last day in force must be on or after the first.",
        "结束日期不能早于开始日期。");

    public static DiagnosticMessage QuotaYearTwice(int year) => DiagnosticDescriptors.DuplicateName.Message(
        $"The quotas of the program (Program.Quotas) list the year {year} twice.",
        $"项目的年度任务数（Program.Quotas）中 {year} 年出现两次。",
        "Keep one quota per year.",
        "每年只保留一个任务数。");

    public static DiagnosticMessage QuotaYearOutOfRange(int year, int firstYear, int lastYear) => DiagnosticDescriptors.InvalidValue.Message(
        $"The quota year {year} is not a year from {firstYear} to {lastYear}.",
        $"任务数的年份 {year} 不在 {firstYear} 至 {lastYear} 年之间。",
        "Write the calendar year, e.g. 2019.",
        "请填写公历年份，例如 2019。");

    public static DiagnosticMessage NegativeQuota(int year) => DiagnosticDescriptors.InvalidValue.Message(
        $"The quota for {year} is negative.",
        $"{year}年的任务数为负数。",
        "Write 0 or more.",
        "请填写0或正数。");

    public static DiagnosticMessage InvalidParameterName(string name) => DiagnosticDescriptors.InvalidName.Message(
        $"The parameter name \"{name}\" is not valid.",
        $"参数名“{name}”无效。",
        "Use a letter, then letters and digits, e.g. AmountPerYear (not Person or Parameters).",
        "以字母开头，后跟字母和数字，例如 AmountPerYear（不能用 Person、Parameters）。");

    public static DiagnosticMessage ParameterDeclaredTwice(string name) => DiagnosticDescriptors.DuplicateName.Message(
        $"The parameter \"{name}\" is declared twice (names ignore case in expressions).",
        $"参数“{name}”重复声明。",
        "Keep one declaration and put all its values under it, each with its own From date.",
        "只保留一处声明，把各个取值按 From 日期列在其下。");

    public static DiagnosticMessage ParameterWithoutValues(string name, string firstDay) => DiagnosticDescriptors.ParameterHasNoValueOnStart.Message(
        $"The parameter \"{name}\" has no values.",
        $"参数“{name}”没有任何取值。",
        $"Add a value from the program's first day: {{ \"From\": \"{firstDay}\", \"Value\": …, \"Reference\": \"…\" }}.",
        $"请添加自项目开始日起的取值：{{ \"From\": \"{firstDay}\", \"Value\": …, \"Reference\": \"…\" }}。");

    public static DiagnosticMessage ValuesOutOfOrder(string name, string? date, string previous) => DiagnosticDescriptors.ParameterValuesOutOfOrder.Message(
        $"The values of \"{name}\" are not in ascending date order: {date} comes after {previous}.",
        $"参数“{name}”的取值未按日期升序排列：{date} 排在 {previous} 之后。");

    public static DiagnosticMessage NoValueOnFirstDay(string name, string firstDay, string firstValue) => DiagnosticDescriptors.ParameterHasNoValueOnStart.Message(
        $"The parameter \"{name}\" has no value on the program's first day {firstDay}: its first value applies from {firstValue}.",
        $"参数“{name}”在项目开始日 {firstDay} 没有取值：第一个取值自 {firstValue} 起。",
        $"Date the first value {firstDay} or earlier, or start the program later.",
        $"请将第一个取值的日期改为 {firstDay} 或更早，或推迟项目开始日期。");

    public static DiagnosticMessage SwitchNotTrueOrFalse(string name) => DiagnosticDescriptors.ParameterValueKind.Message(
        $"\"{name}\" is a Switch, so its value must be true or false.",
        $"“{name}”是开关（Switch），取值只能是 true 或 false。",
        "Write true or false without quotes.",
        "请填写不带引号的 true 或 false。");

    /// <summary>A negative value of a parameter, with its unit in words (none when the unit itself is wrong, which is reported on its own).</summary>
    public static DiagnosticMessage NegativeParameterValue(string name, ParameterUnit unit) => UnitWords.Of(unit) is { } words
        ? DiagnosticDescriptors.InvalidValue.Message(
            $"\"{name}\" is measured in {words.English} and cannot be negative.",
            $"“{name}”的单位是{words.Chinese}，取值不能为负数。",
            "Write 0 or more.",
            "请填写 0 或正数。")
        : DiagnosticDescriptors.InvalidValue.Message(
            $"The value of \"{name}\" cannot be negative.",
            $"“{name}”的取值不能为负数。",
            "Write 0 or more.",
            "请填写 0 或正数。");

    /// <summary>A parameter value that is no number, with the unit in words (none when the unit itself is wrong, which is reported on its own).</summary>
    public static DiagnosticMessage ParameterValueNotANumber(string name, ParameterUnit unit) => UnitWords.Of(unit) is { } words
        ? DiagnosticDescriptors.ParameterValueKind.Message(
            $"\"{name}\" is measured in {words.English}, so its value must be a number.",
            $"“{name}”的单位是{words.Chinese}，取值必须是数字。",
            "Write a number without quotes, e.g. 1000 or 1.5.",
            "请填写不带引号的数字，例如 1000 或 1.5。")
        : DiagnosticDescriptors.ParameterValueKind.Message(
            $"The value of \"{name}\" must be a number.",
            $"“{name}”的取值必须是数字。",
            "Write a number without quotes, e.g. 1000 or 1.5.",
            "请填写不带引号的数字，例如 1000 或 1.5。");

    public static DiagnosticMessage NoRules() => DiagnosticDescriptors.InvalidRuleShape.Message(
        $"The eligibility conditions have no rule ({At("Eligibility.Rules").English} is empty).",
        $"资格条件中没有任何规则（Eligibility.Rules 为空）。",
        "Add at least one rule; a program with no conditions would make everyone eligible.",
        "至少添加一条规则；没有条件的项目会让所有人都符合条件。");

    public static DiagnosticMessage TooManyTopLevelRules(int count, int limit) => DiagnosticDescriptors.ExpressionTooLarge.Message(
        $"The eligibility conditions (Eligibility.Rules) have {count} rules; the limit is {limit}.",
        $"资格条件（Eligibility.Rules）有{count}条规则，上限为{limit}条。",
        "Group related conditions under one rule with an Operator.",
        "请用 Operator 将相关条件合并为一条规则。");

    public static DiagnosticMessage EmptyRuleName() => DiagnosticDescriptors.InvalidName.Message(
        "A rule has an empty RuleName.",
        "有规则的 RuleName 为空。",
        "Give every rule a short, unique name, e.g. HouseholdIsPoor.",
        "请为每条规则起一个简短且唯一的名称，例如 HouseholdIsPoor。");

    public static DiagnosticMessage UnreadableRuleName(string name, int maximumLength) => DiagnosticDescriptors.InvalidName.Message(
        $"The rule name \"{name}\" has invisible or control characters, spaces at an end, or more than {maximumLength} characters.",
        $"规则名“{name}”含有不可见字符或控制字符、首尾有空格，或超过 {maximumLength} 个字符。",
        "Give every rule a short, unique name of letters and digits, e.g. HouseholdIsPoor.",
        "请为每条规则起一个由字母和数字组成的简短唯一名称，例如 HouseholdIsPoor。");

    public static DiagnosticMessage RuleNameTaken(string name, int firstLine) => DiagnosticDescriptors.DuplicateRuleName.Message(
        $"The rule name \"{name}\" is already used at line {firstLine} (names differing only in upper and lower case count as the same).",
        $"规则名“{name}”已在第{firstLine}行使用（只有大小写不同的名称视为相同）。");

    public static DiagnosticMessage NoEnglishReason(string? rule) => DiagnosticDescriptors.MissingReason.Message(
        $"Rule \"{rule}\" has no English reason (ErrorMessage).",
        $"规则“{rule}”缺少英文原因（ErrorMessage）。",
        "Write in plain words why a person fails this rule, e.g. \"The household does not receive 低保.\"",
        "请用通俗的话说明不符合该规则的原因。");

    public static DiagnosticMessage NoChineseReason(string? rule) => DiagnosticDescriptors.MissingReason.Message(
        $"Rule \"{rule}\" has no Chinese reason (Properties.ErrorMessageZh).",
        $"规则“{rule}”缺少中文原因（Properties.ErrorMessageZh）。",
        "Write in plain Chinese why a person fails this rule, e.g. \"家庭未享受低保。\"",
        "请用通俗的中文说明不符合该规则的原因，例如“家庭未享受低保。”");

    public static DiagnosticMessage UnknownExpressionType(string type) => DiagnosticDescriptors.InvalidValue.Message(
        $"RuleExpressionType \"{type}\" does not exist.",
        $"RuleExpressionType“{type}”不存在。",
        "Write \"LambdaExpression\" or leave it out.",
        "请填写“LambdaExpression”或删除此项。");

    public static DiagnosticMessage UnknownOperator(string @operator, string? suggestion) => DiagnosticDescriptors.InvalidRuleShape.Message(
        $"The operator \"{@operator}\" is not one of And, AndAlso, Or, OrElse.",
        $"运算符“{@operator}”不是 And、AndAlso、Or、OrElse 之一。",
        suggestion is not null ? $"Write \"{suggestion}\" (exactly this spelling; RulesEngine ignores other spellings silently)." : "Write And (all nested rules pass) or Or (any passes).",
        suggestion is not null ? $"请写作“{suggestion}”（必须完全一致，否则该条件会被悄悄忽略）。" : "请填写 And（全部通过）或 Or（任一通过）。");

    /// <summary>The operator a Chinese word for "and" or "or" means (与、且、并且 → And; 或、或者 → Or), or null.</summary>
    public static string? OperatorForChineseWord(string word) => word.Trim() switch
    {
        "与" or "且" or "并且" or "和" or "而且" or "同时" or "全部" => "And",
        "或" or "或者" or "任一" => "Or",
        _ => null,
    };

    public static DiagnosticMessage OperatorWithoutRules(string? rule) => DiagnosticDescriptors.InvalidRuleShape.Message(
        $"Rule \"{rule}\" has an Operator but no nested Rules.",
        $"规则“{rule}”有 Operator 但没有嵌套的 Rules。",
        "Add the nested rules, or replace Operator by an Expression.",
        "请添加嵌套规则，或将 Operator 改为 Expression。");

    public static DiagnosticMessage OperatorAndExpression(string? rule) => DiagnosticDescriptors.InvalidRuleShape.Message(
        $"Rule \"{rule}\" has both an Operator and an Expression; RulesEngine would ignore the Expression.",
        $"规则“{rule}”同时有 Operator 和 Expression，其中的 Expression 会被悄悄忽略。",
        "Move the Expression into a nested rule, or remove the Operator.",
        "请把 Expression 移到嵌套规则中，或删除 Operator。");

    public static DiagnosticMessage NestedTooDeep(int limit) => DiagnosticDescriptors.ExpressionTooLarge.Message(
        $"Rules nest more than {limit} levels deep.",
        $"规则嵌套超过{limit}层。",
        "Flatten the nesting.",
        "请减少嵌套层数。");

    public static DiagnosticMessage NeitherExpressionNorOperator(string? rule) => DiagnosticDescriptors.InvalidRuleShape.Message(
        $"Rule \"{rule}\" has neither an Expression nor an Operator with nested Rules.",
        $"规则“{rule}”既没有 Expression，也没有带嵌套 Rules 的 Operator。",
        "Add \"Expression\": \"…\" with the condition.",
        "请添加“Expression”: “…”，填写条件。");

    public static DiagnosticMessage RulesWithoutOperator(string? rule) => DiagnosticDescriptors.InvalidRuleShape.Message(
        $"Rule \"{rule}\" has nested Rules but no Operator.",
        $"规则“{rule}”有嵌套 Rules 但没有 Operator。",
        "Add \"Operator\": \"And\" (all must pass) or \"Or\" (any may pass).",
        "请添加“Operator”: “And”（全部通过）或“Or”（任一通过）。");

    public static DiagnosticMessage TooManyScopedParams(int count, int limit) => DiagnosticDescriptors.ExpressionTooLarge.Message(
        $"There are {count} scoped params here; the limit is {limit}.",
        $"此处有{count}个局部参数，上限为{limit}个。",
        "Combine them, or split the rule.",
        "请合并，或拆分规则。");

    public static DiagnosticMessage InvalidScopedParamName(string name) => DiagnosticDescriptors.InvalidName.Message(
        $"The name \"{name}\" is not valid for a scoped param.",
        $"局部参数名“{name}”无效。",
        "Use a letter, then letters and digits; not a word of the expression language (Person, Parameters, true, null, in, Math, …).",
        "以字母开头，后跟字母和数字；不能使用表达式语言中的词（Person、Parameters、true、null、in、Math 等）。");

    public static DiagnosticMessage ScopedParamHidesAnother(string name) => DiagnosticDescriptors.DuplicateName.Message(
        $"The scoped param \"{name}\" hides one of the same name (ignoring case) from GlobalParams or an enclosing rule.",
        $"局部参数“{name}”与全局参数或上级规则中的同名参数（不分大小写）重名。",
        ScopedParamFix.English,
        ScopedParamFix.Chinese);

    public static DiagnosticMessage ScopedParamDeclaredTwice(string name) => DiagnosticDescriptors.DuplicateName.Message(
        $"The scoped param \"{name}\" is declared twice (names ignore case).",
        $"局部参数“{name}”重复声明（名称不分大小写）。",
        ScopedParamFix.English,
        ScopedParamFix.Chinese);

    public static DiagnosticMessage NoBenefits() => DiagnosticDescriptors.InvalidValue.Message(
        "The rule set lists no benefit (Benefits is empty).",
        "规则集中没有任何待遇（Benefits 为空）。",
        "Add at least one item with an Amount and a Period.",
        "至少添加一项待遇，包括 Amount 和 Period。");

    public static DiagnosticMessage InvalidBenefitId(string id) => DiagnosticDescriptors.InvalidName.Message(
        $"The benefit id \"{id}\" is not valid.",
        $"待遇编号“{id}”无效。",
        "Use a letter, then letters and digits, e.g. Subsidy.",
        "以字母开头，后跟字母和数字，例如 Subsidy。");

    public static DiagnosticMessage BenefitIdTwice(string id) => DiagnosticDescriptors.DuplicateName.Message(
        $"The benefit id \"{id}\" is used twice.",
        $"待遇编号“{id}”重复。",
        "Give each benefit item its own id.",
        "每项待遇使用不同的编号。");

    public static DiagnosticMessage InvalidOutputId(string id) => DiagnosticDescriptors.InvalidName.Message(
        $"The output id \"{id}\" is not valid.",
        $"输出项编号“{id}”无效。",
        "Use a letter, then letters and digits, e.g. PriorityGroup.",
        "以字母开头，后跟字母和数字，例如 PriorityGroup。");

    public static DiagnosticMessage OutputIdTwice(string id) => DiagnosticDescriptors.DuplicateName.Message(
        $"The output id \"{id}\" is used twice.",
        $"输出项编号“{id}”重复。",
        "Give each output its own id.",
        "每个输出项使用不同的编号。");

    public static DiagnosticMessage NotADate(BilingualText where, string text, int firstYear, int lastYear) => DiagnosticDescriptors.InvalidDate.Message(
        $"{LocationWords.Capitalise(where.English)}, \"{text}\", is not a real date written yyyy-MM-dd between {firstYear} and {lastYear}.",
        $"{where.Chinese}“{text}”不是 {firstYear} 至 {lastYear} 年之间、按 yyyy-MM-dd 格式填写的有效日期。");

    public static DiagnosticMessage EmptyText(BilingualText where, BilingualText expected) => DiagnosticDescriptors.InvalidValue.Message(
        $"{LocationWords.Capitalise(where.English)} is empty.",
        $"{where.Chinese}为空。",
        $"Write {expected.English}.",
        $"请填写{expected.Chinese}。");

    /// <summary>What <see cref="EmptyText"/> expects in a program's version.</summary>
    public static readonly BilingualText AVersion = new("a version such as 2019.1", "版本号，例如 2019.1");

    /// <summary>What <see cref="EmptyText"/> expects in a program's Chinese name.</summary>
    public static readonly BilingualText TheChineseName = new("the Chinese name", "中文名称");

    /// <summary>What <see cref="EmptyText"/> expects in a program's English name.</summary>
    public static readonly BilingualText TheEnglishName = new("the English name", "英文名称");

    /// <summary>What <see cref="EmptyText"/> expects in a parameter value's reference.</summary>
    public static readonly BilingualText AReference = new("where the value comes from (a document, or 'local reference value')", "取值来源（政策文件，或“地方参考值”）");

    /// <summary>What <see cref="EmptyText"/> expects in the workflow's name.</summary>
    public static readonly BilingualText AWorkflowName = new("the workflow's name (usually the program id)", "工作流名称（通常为项目编号）");

    /// <summary>A place named by a fixed path, in words with the path.</summary>
    private static BilingualText At(string path) => LocationWords.Of(path, null);


    private static readonly BilingualText ScopedParamFix = new("Give each scoped param its own name.", "每个局部参数使用不同的名称。");
}
