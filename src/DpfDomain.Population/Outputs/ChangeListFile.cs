using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System.Threading;
using Ardalis.GuardClauses;
using DpfDomain.Population.Files;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Model;

namespace DpfDomain.Population.Outputs;

/// <summary>Writes a change list as CSV or .xlsx with Chinese headers.</summary>
public static class ChangeListFile
{
    /// <summary>The headers, in order: a previous and a current column per period (per month, per year, once, in-kind value), empty when the period has no line.</summary>
    public static IReadOnlyList<string> Header { get; } =
        [
            "项目", "变动", "行号", "户号", "人员标识", "公民身份号码", "姓名",
            "原每月金额(元)", "新每月金额(元)", "原每年金额(元)", "新每年金额(元)", "原一次性金额(元)", "新一次性金额(元)", "原实物价值(元)", "新实物价值(元)",
            "不再符合的规则", "原因",
        ];

    /// <summary>The Chinese word for a change.</summary>
    /// <param name="kind">The change.</param>
    /// <returns>新增, 停发 or 金额变化.</returns>
    public static string ChineseName(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "新增",
        ChangeKind.Stopped => "停发",
        _ => "金额变化",
    };

    /// <summary>The rows of a change list, as written.</summary>
    /// <param name="changes">The changes.</param>
    /// <returns>One row per change.</returns>
    public static IEnumerable<object?[]> Rows(IEnumerable<DecisionChange> changes) => changes.Select(Row);

    /// <summary>The row of one change, as written.</summary>
    /// <param name="change">The change.</param>
    /// <returns>The cells, one per header.</returns>
    public static object?[] Row(DecisionChange change)
    {
        Guard.Against.Null(change);
        return
        [
            change.ProgramId, ChineseName(change.Kind), change.Row, change.HouseholdNo, change.PersonKey, change.IdNumber, change.Name,
            Yuan(change.Previous, BenefitPeriod.PerMonth), Yuan(change.Current, BenefitPeriod.PerMonth),
            Yuan(change.Previous, BenefitPeriod.PerYear), Yuan(change.Current, BenefitPeriod.PerYear),
            Yuan(change.Previous, BenefitPeriod.OneOff), Yuan(change.Current, BenefitPeriod.OneOff),
            Yuan(change.Previous, BenefitPeriod.InKind), Yuan(change.Current, BenefitPeriod.InKind),
            change.RuleName, change.ReasonZh,
        ];
    }

    /// <summary>Writes the list.</summary>
    /// <param name="path">The file: .xlsx or CSV.</param>
    /// <param name="changes">The changes.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>The number of rows written.</returns>
    public static Task<long> WriteAsync(string path, IEnumerable<DecisionChange> changes, CancellationToken cancellationToken = default) =>
        TableFile.WriteAsync(path, Header, Rows(changes), cancellationToken: cancellationToken);

    private static decimal? Yuan(PeriodTotals amounts, BenefitPeriod period) => amounts.Find(period)?.Yuan;
}
