namespace DpfDomain.Tool.Messages;

/// <summary>The words of <c>dpf --help</c>: what each command, argument and option is for, and the names of their values.</summary>
internal static class HelpTexts
{
    /// <summary>The description of <c>dpf</c> itself, the first line of its help.</summary>
    public static readonly ToolText Dpf = new(
        "dpf — the rule sets of the Disabled Persons' Federation: check them, test them, explain a decision, look up the facts, start a folder.",
        "dpf —— 残联规则集工具：校验规则集、运行用例、解释判定结果、查阅事实、初始化文件夹。");

    /// <summary>--help.</summary>
    public static readonly ToolText HelpOption = new("Show this help.", "显示本帮助。");

    /// <summary>--version.</summary>
    public static readonly ToolText VersionOption = new("Show the version of dpf.", "显示 dpf 的版本。");

    /// <summary>--lang.</summary>
    public static readonly ToolText LanguageOption = new(
        "Language of messages and help: zh-CN or en (default: the language of the system).",
        "提示和帮助的语言：zh-CN（中文）或 en（英文），默认跟随系统语言。");

    /// <summary>The value of --lang.</summary>
    public static readonly ToolText LanguageValue = new("language", "语言");

    /// <summary>--county, with the county used when it is not given.</summary>
    public static ToolText CountyOption(string county) => new(
        $"The county-level division code the rules are evaluated for (default {county}, the county of the reference catalog's test cases).",
        $"评估所针对的县级行政区划代码，默认 {county}（参考目录用例所用的县）。");

    /// <summary>The value of --county.</summary>
    public static readonly ToolText CodeValue = new("code", "代码");

    /// <summary>The folder argument of validate, test, explain and init.</summary>
    public static readonly ToolText FolderArgument = new("folder", "文件夹");

    /// <summary>The value of a file option (--person, --employer).</summary>
    public static readonly ToolText FileValue = new("file", "文件");

    /// <summary>The value of --program.</summary>
    public static readonly ToolText ProgramValue = new("program", "项目");

    /// <summary>The value of --date.</summary>
    public static readonly ToolText DateValue = new("date", "日期");

    /// <summary><c>dpf validate</c>.</summary>
    public static readonly ToolText Validate = new(
        "Check every rule set and case file in a folder; list each problem with file:line:col, rule and a fix.",
        "校验文件夹中的所有规则集和用例文件：逐条列出问题所在的文件、行、列、规则和改法。");

    /// <summary>The folder of <c>dpf validate</c>.</summary>
    public static readonly ToolText ValidateFolder = new("The folder of *.ruleset.json files.", "规则集文件（*.ruleset.json）所在的文件夹。");

    /// <summary><c>dpf test</c>.</summary>
    public static readonly ToolText Test = new(
        "Run the policy test cases next to the rule sets; show expected and actual for each failure.",
        "运行规则集旁的政策用例；未通过的用例列出预期结果和实际结果。");

    /// <summary>The folder of <c>dpf test</c>.</summary>
    public static readonly ToolText TestFolder = new("The folder of rule sets and their *.cases.json files.", "规则集及其用例文件（*.cases.json）所在的文件夹。");

    /// <summary><c>dpf explain</c>.</summary>
    public static readonly ToolText Explain = new(
        "Show each decision for a person (or employer): the amount, the parameter values and rule-set version used, and why each failed rule failed.",
        "解释某人（或某用人单位）的判定结果：金额、所用参数取值和规则集版本，以及每条未通过规则的原因。");

    /// <summary>The folder of <c>dpf explain</c>.</summary>
    public static readonly ToolText ExplainFolder = new("The folder of rule sets.", "规则集所在的文件夹。");

    /// <summary>--person of <c>dpf explain</c>.</summary>
    public static readonly ToolText PersonOption = new(
        "A person file (JSON), e.g. the example.person.json written by dpf init.",
        "人员文件（JSON），例如 dpf init 写出的 example.person.json。");

    /// <summary>--employer of <c>dpf explain</c>.</summary>
    public static readonly ToolText EmployerOption = new(
        "An employer file (JSON), for the levy, e.g. the example.employer.json written by dpf init.",
        "用人单位文件（JSON，用于就业保障金），例如 dpf init 写出的 example.employer.json。");

    /// <summary>--program of <c>dpf explain</c>.</summary>
    public static readonly ToolText ProgramOption = new("Only this program, e.g. P1.", "只解释这一个项目，例如 P1。");

    /// <summary>--date of <c>dpf explain</c>.</summary>
    public static readonly ToolText ExplainDateOption = new(
        "The evaluation date, written yyyy-MM-dd (default: today in China).",
        "评估日期，写作 yyyy-MM-dd，默认为今天（北京时间）。");

    /// <summary><c>dpf facts</c>.</summary>
    public static readonly ToolText Facts = new(
        "List every fact a rule expression can use (Person.<name>, Employer.<name>), with its type and meaning.",
        "列出规则表达式可用的全部事实（Person.<名称>、Employer.<名称>）及其类型和含义。");

    /// <summary>The word argument of <c>dpf facts</c>.</summary>
    public static readonly ToolText WordArgument = new("word", "词");

    /// <summary>What the word argument of <c>dpf facts</c> does.</summary>
    public static readonly ToolText FactsWord = new(
        "Show only the facts whose name or meaning contains this word, e.g. Age or 年龄.",
        "只列出名称或含义中含有这个词的事实，例如 Age 或 年龄。");

    /// <summary>--markdown of <c>dpf facts</c>.</summary>
    public static readonly ToolText MarkdownOption = new(
        "Print the whole reference as a Markdown page (tables), e.g. to save it as a file.",
        "以 Markdown 页面（表格）输出完整的参考表，例如用于保存为文件。");

    /// <summary><c>dpf init</c>.</summary>
    public static readonly ToolText Init = new(
        "Write the reference county catalog (P1–P9), its test cases, the JSON Schema and an example person and employer file to a folder.",
        "把参考目录（P1–P9）、用例、JSON Schema 以及示例人员文件和示例用人单位文件写入文件夹。");

    /// <summary>The folder of <c>dpf init</c>.</summary>
    public static readonly ToolText InitFolder = new("The folder to write the reference catalog to.", "参考目录要写入的文件夹。");

    /// <summary>--force of <c>dpf init</c>.</summary>
    public static readonly ToolText ForceOption = new("Overwrite existing files.", "覆盖已有的同名文件。");

    /// <summary><c>dpf diff</c>.</summary>
    public static readonly ToolText Diff = new(
        "Say what differs between two versions of a rule-set folder: programs, versions, rules, parameter values and dates, benefits. Exit code 0 when they mean the same, 1 when they differ, 2 when they cannot be compared.",
        "说明两个版本的规则集文件夹有何不同：项目、版本、规则、参数取值及日期、待遇。退出码：相同为 0，不同为 1，无法比较为 2。");

    /// <summary>The first argument of <c>dpf diff</c> and <c>dpf impact</c>.</summary>
    public static readonly ToolText OldFolderArgument = new("old-folder", "修改前文件夹");

    /// <summary>What the first argument of <c>dpf diff</c> and <c>dpf impact</c> is.</summary>
    public static readonly ToolText OldFolder = new("The folder of rule sets before the edit.", "修改前的规则集文件夹。");

    /// <summary>The second argument of <c>dpf diff</c> and <c>dpf impact</c>.</summary>
    public static readonly ToolText NewFolderArgument = new("new-folder", "修改后文件夹");

    /// <summary>What the second argument of <c>dpf diff</c> and <c>dpf impact</c> is.</summary>
    public static readonly ToolText NewFolder = new("The folder of rule sets after the edit.", "修改后的规则集文件夹。");

    /// <summary><c>dpf impact</c>.</summary>
    public static readonly ToolText Impact = new(
        "Run the roll through the rule sets before and after an edit, on one date: per program who gains, loses or changes amount, and the cost difference per period. Identity numbers and names are masked.",
        "用修改前后的规则集对花名册在同一评估日各评估一次：按项目列出新增符合、不再符合、金额变化的人数和名单，以及按周期的费用变化。身份证号和姓名已遮蔽。");

    /// <summary>--roll of <c>dpf impact</c>.</summary>
    public static readonly ToolText RollOption = new("The county roll (花名册), CSV or .xlsx (see docs/roll-files.md).", "县残疾人花名册，CSV 或 .xlsx。");

    /// <summary>--status of <c>dpf impact</c>.</summary>
    public static readonly ToolText StatusOption = new(
        "Status lists of other offices (低保, poverty register, schools, care needs, health), any number.",
        "其他部门的状态名单（低保、建档立卡、学籍、护理需求、体检等），可给多个。");

    /// <summary>--date of <c>dpf impact</c>.</summary>
    public static readonly ToolText ImpactDateOption = new("The evaluation date yyyy-MM-dd (default: today in China).", "评估日期 yyyy-MM-dd（默认：中国时间今天）。");

    /// <summary>--output of <c>dpf impact</c>.</summary>
    public static readonly ToolText OutputOption = new(
        "Also write a workbook (.xlsx) for the office: summary and the people who change.",
        "另写出供办公室使用的工作簿（.xlsx）：汇总和变化名单。");
}
