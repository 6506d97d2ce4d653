using System.Collections.Generic;
using System.Globalization;

namespace DpfDomain.Tool.Messages;

/// <summary>The words of <c>dpf impact</c>: its console report and the sheets of its workbook. Counts are written with thousands separators.</summary>
internal static class ImpactWords
{
    /// <summary>--output does not name a workbook.</summary>
    public static ToolText NotAWorkbook(string file) => new($"--output must name an .xlsx file; \"{file}\" does not.", $"--output 须为 .xlsx 文件；“{file}”不是。");

    /// <summary>The roll changed between the two runs.</summary>
    public static ToolText RollChanged(string roll, int row) => new(
        $"{roll} changed while it was being read (row {row} differs between the two reads); run dpf impact again when the file is no longer being edited.",
        $"{roll} 在读取期间被改动（第 {row} 行两次读到的不同）；请在文件不再被编辑时重新运行 dpf impact。");

    /// <summary>The workbook cannot be written, with the system's reason (in English only: the Chinese names the usual causes).</summary>
    public static ToolText WorkbookNotWritten(string workbook, string error) => new(
        $"The workbook {workbook} cannot be written: {error} If it is open in Excel or WPS, close it and run again.",
        $"无法写出工作簿 {workbook}（文件被占用、文件夹不存在或没有写入权限）。如该文件正在 Excel 或 WPS 中打开，请关闭后重试。");

    /// <summary>The workbook is written.</summary>
    public static ToolText WorkbookWritten(string workbook) => new($"Workbook written: {workbook}", $"已写出工作簿：{workbook}");

    /// <summary>The first line of the report: the people of the roll.</summary>
    public static ToolText RollRead(string roll, string date, long read, long evaluated, long rejected) => new(
        $"Roll {roll} on {date}: {N(read)} people read = {N(evaluated)} evaluated + {N(rejected)} rejected.",
        $"花名册 {roll}（评估日 {date}）：读取 {N(read)} 人 = 评估 {N(evaluated)} 人 + 拒绝 {N(rejected)} 人。");

    /// <summary>The counts of a program.</summary>
    public static ToolText ProgramCounts(long gained, long lost, long amountChanged, long unchanged, long neither) => new(
        $"gain {N(gained)}, lose {N(lost)}, amount changed {N(amountChanged)}, unchanged {N(unchanged)}, not eligible either way {N(neither)}",
        $"新增符合 {N(gained)} 人，不再符合 {N(lost)} 人，金额变化 {N(amountChanged)} 人，不变 {N(unchanged)} 人，前后均不符合 {N(neither)} 人");

    /// <summary>The errors of a program, when they differ between the catalogs.</summary>
    public static ToolText Errors(long before, long after) => new($"errors: {N(before)} before, {N(after)} after", $"出错：原 {N(before)} 人，新 {N(after)} 人");

    /// <summary>The totals of a program for one period (<see cref="PerMonth"/>…).</summary>
    public static ToolText PeriodTotals(ToolText period, string before, string after, string difference) => new(
        $"{period.English}: {before} before, {after} after, difference {difference}",
        $"{period.Chinese}合计：原 {before}，新 {after}，变化 {difference}");

    /// <summary>The programs in which nothing changes.</summary>
    public static ToolText NoChangeIn(IEnumerable<string> programs) => new(
        $"No change in {string.Join(", ", programs)}.",
        $"没有变化的项目：{string.Join("、", programs)}。");

    /// <summary>How many people a program finds eligible under each catalog (<paramref name="program"/> is empty under the program's own heading).</summary>
    public static ToolText EligibleCounts(string program, long before, long after) => new(
        $"{(program.Length == 0 ? string.Empty : $"{program}: ")}eligible {N(before)} before, {N(after)} after",
        $"{(program.Length == 0 ? string.Empty : $"{program}：")}修改前符合 {N(before)} 人，修改后符合 {N(after)} 人");

    /// <summary>Nobody is eligible for any program under either catalog: most likely the date or the roll.</summary>
    public static ToolText NobodyEligible(string date) => new(
        $"Nobody is eligible for any program on {date}: check the evaluation date (for example whether the certificates had expired by then) and the roll.",
        $"评估日 {date} 没有任何人符合条件：请检查评估日期（例如残疾证是否已过有效期）和花名册。");

    /// <summary>No decision changes.</summary>
    public static readonly ToolText NobodyChanges = new("Nobody's decision changes.", "没有人的判定结果发生变化。");

    /// <summary>Before the people whose decision changes.</summary>
    public static ToolText PeopleWhoChange(long count, int shown) => new(
        $"People whose decision changes ({N(count)}), at most {shown} per program here; all of them with --output:",
        $"判定结果变化的人员（共 {N(count)} 人次），此处每个项目最多列出 {shown} 人；完整名单请用 --output：");

    /// <summary>One person whose decision changes (<paramref name="change"/> is <see cref="Gains"/>…, <paramref name="before"/> and <paramref name="after"/> an outcome such as <see cref="Eligible"/>), with the reason when there is one.</summary>
    public static ToolText Change(string program, ToolText change, int row, string maskedId, string maskedName, ToolText before, ToolText after, string? reason, string? reasonZh) => new(
        $"{program} {change.English} row {row} {maskedId} {maskedName}: {before.English} → {after.English}{(reason is null ? string.Empty : $" ({reason})")}",
        $"{program} {change.Chinese} 第 {row} 行 {maskedId} {maskedName}：{before.Chinese} → {after.Chinese}{(reasonZh is null ? string.Empty : $"（{reasonZh}）")}");

    /// <summary>The people of a program not listed on the console.</summary>
    public static ToolText More(string program, long count) => new($"{program}: {N(count)} more.", $"{program}：另有 {N(count)} 人。");

    /// <summary>A person who gains the program.</summary>
    public static readonly ToolText Gains = new("gains", "新增符合");

    /// <summary>A person who loses the program.</summary>
    public static readonly ToolText Loses = new("loses", "不再符合");

    /// <summary>A person whose amount changes.</summary>
    public static readonly ToolText AmountChanges = new("amount changes", "金额变化");

    /// <summary>The outcome when one catalog has no such program.</summary>
    public static readonly ToolText NoSuchProgram = new("no such program", "无此项目");

    /// <summary>An eligible outcome.</summary>
    public static readonly ToolText Eligible = new("eligible", "符合");

    /// <summary>A not eligible outcome.</summary>
    public static readonly ToolText NotEligible = new("not eligible", "不符合");

    /// <summary>An outcome on a date the program is not in force.</summary>
    public static readonly ToolText NotInForce = new("not in force", "未施行");

    /// <summary>An outcome that is an error.</summary>
    public static readonly ToolText Error = new("error", "出错");

    /// <summary>An outcome with its amounts.</summary>
    public static ToolText WithAmounts(ToolText outcome, string amounts, string amountsZh) => new($"{outcome.English} {amounts}", $"{outcome.Chinese} {amountsZh}");

    /// <summary>The amounts per month.</summary>
    public static readonly ToolText PerMonth = new("per month", "每月金额");

    /// <summary>The amounts per year.</summary>
    public static readonly ToolText PerYear = new("per year", "每年金额");

    /// <summary>The one-off amounts.</summary>
    public static readonly ToolText OneOff = new("one-off", "一次性金额");

    /// <summary>The value of what is given in kind.</summary>
    public static readonly ToolText InKind = new("in-kind value", "实物价值");

    /// <summary>The summary sheet.</summary>
    public static readonly ToolText SummarySheet = new("Summary", "汇总");

    /// <summary>The sheet of the people who change.</summary>
    public static readonly ToolText ChangesSheet = new("Changes", "变化名单");

    /// <summary>The sheet about the run.</summary>
    public static readonly ToolText AboutSheet = new("About", "说明");

    /// <summary>A column: the program.</summary>
    public static readonly ToolText ProgramColumn = new("Program", "项目");

    /// <summary>A column: the program's name.</summary>
    public static readonly ToolText NameColumn = new("Name", "名称");

    /// <summary>A column: the people who gain.</summary>
    public static readonly ToolText GainColumn = new("Gain", "新增符合(人)");

    /// <summary>A column: the people who lose.</summary>
    public static readonly ToolText LoseColumn = new("Lose", "不再符合(人)");

    /// <summary>A column: the people whose amount changes.</summary>
    public static readonly ToolText AmountChangedColumn = new("Amount changed", "金额变化(人)");

    /// <summary>A column: the people unchanged.</summary>
    public static readonly ToolText UnchangedColumn = new("Unchanged", "不变(人)");

    /// <summary>A column: the people eligible under neither catalog.</summary>
    public static readonly ToolText NeitherColumn = new("Not eligible either way", "前后均不符合(人)");

    /// <summary>A column: the errors under the old catalog.</summary>
    public static readonly ToolText ErrorsBeforeColumn = new("Errors before", "原出错(人)");

    /// <summary>A column: the errors under the new catalog.</summary>
    public static readonly ToolText ErrorsAfterColumn = new("Errors after", "新出错(人)");

    /// <summary>A column of the summary: a period's total under the old catalog.</summary>
    public static ToolText TotalBeforeColumn(ToolText period) => new($"{period.English} before (yuan)", $"原{period.Chinese}合计(元)");

    /// <summary>A column of the summary: a period's total under the new catalog.</summary>
    public static ToolText TotalAfterColumn(ToolText period) => new($"{period.English} after (yuan)", $"新{period.Chinese}合计(元)");

    /// <summary>A column of the summary: a period's difference.</summary>
    public static ToolText DifferenceColumn(ToolText period) => new($"{period.English} difference (yuan)", $"{period.Chinese}变化(元)");

    /// <summary>A column: what changes.</summary>
    public static readonly ToolText ChangeColumn = new("Change", "变化");

    /// <summary>A column: the roll's row.</summary>
    public static readonly ToolText RowColumn = new("Row", "行号");

    /// <summary>A column: the masked identity number.</summary>
    public static readonly ToolText IdNumberColumn = new("ID number (masked)", "公民身份号码(已遮蔽)");

    /// <summary>A column: the masked name.</summary>
    public static readonly ToolText MaskedNameColumn = new("Name (masked)", "姓名(已遮蔽)");

    /// <summary>A column: the outcome under the old catalog.</summary>
    public static readonly ToolText BeforeColumn = new("Before", "原结果");

    /// <summary>A column of the change sheet: a period's amount under the old catalog.</summary>
    public static ToolText AmountBeforeColumn(ToolText period) => new($"{period.English} before (yuan)", $"原{period.Chinese}(元)");

    /// <summary>A column: the outcome under the new catalog.</summary>
    public static readonly ToolText AfterColumn = new("After", "新结果");

    /// <summary>A column of the change sheet: a period's amount under the new catalog.</summary>
    public static ToolText AmountAfterColumn(ToolText period) => new($"{period.English} after (yuan)", $"新{period.Chinese}(元)");

    /// <summary>A column: why the decision changes.</summary>
    public static readonly ToolText ReasonColumn = new("Reason", "原因");

    /// <summary>A column of the about sheet: the item.</summary>
    public static readonly ToolText ItemColumn = new("Item", "项目");

    /// <summary>A column of the about sheet: its value.</summary>
    public static readonly ToolText ValueColumn = new("Value", "值");

    /// <summary>An item of the about sheet: the evaluation date.</summary>
    public static readonly ToolText EvaluationDate = new("Evaluation date", "评估日");

    /// <summary>An item of the about sheet: the county.</summary>
    public static readonly ToolText County = new("County", "县级行政区划代码");

    /// <summary>An item of the about sheet: the old folder.</summary>
    public static readonly ToolText RuleSetsBefore = new("Rule sets before", "修改前规则集");

    /// <summary>An item of the about sheet: the new folder.</summary>
    public static readonly ToolText RuleSetsAfter = new("Rule sets after", "修改后规则集");

    /// <summary>An item of the about sheet: the roll's file.</summary>
    public static readonly ToolText Roll = new("Roll", "花名册");

    /// <summary>An item of the about sheet: the people read.</summary>
    public static readonly ToolText PeopleRead = new("People read", "读取人数");

    /// <summary>An item of the about sheet: the people evaluated.</summary>
    public static readonly ToolText PeopleEvaluated = new("People evaluated", "评估人数");

    /// <summary>An item of the about sheet: the people rejected.</summary>
    public static readonly ToolText PeopleRejected = new("People rejected", "拒绝人数");

    /// <summary>An item of the about sheet: the changes.</summary>
    public static readonly ToolText Changes = new("Changes", "变化人次");

    /// <summary>An item of the about sheet: personal data.</summary>
    public static readonly ToolText PersonalData = new("Personal data", "个人信息");

    /// <summary>The value of <see cref="PersonalData"/>.</summary>
    public static readonly ToolText Masked = new("Identity numbers and names are masked.", "身份证号和姓名已遮蔽。");

    /// <summary>An item of the about sheet when the change sheet is cut.</summary>
    public static readonly ToolText NotListed = new("Not listed", "未列出");

    /// <summary>The value of <see cref="NotListed"/>.</summary>
    public static ToolText OnlyFirst(long count) => new($"Only the first {N(count)} changes are listed.", $"只列出前 {N(count)} 条变化。");

    private static string N(long count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
