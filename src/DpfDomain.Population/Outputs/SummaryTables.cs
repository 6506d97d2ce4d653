using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using DpfDomain.Certificates;
using DpfDomain.Disabilities;
using DpfDomain.Population.Files;
using DpfDomain.Population.Roll;
using DpfDomain.Rules.Model;

namespace DpfDomain.Population.Outputs;

/// <summary>A run's summary as tables with Chinese headers: the same tables on screen, in the text report and in the workbook.</summary>
public static class SummaryTables
{
    /// <summary>The per-program table: a column per period (per month, per year, once, in-kind value), never one sum across periods.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The sheet 项目汇总.</returns>
    public static TableSheet Programs(PopulationSummary summary)
    {
        Guard.Against.Null(summary);
        return new TableSheet(
            "项目汇总",
            ["项目", "名称", "评估人数", "符合", "不符合", "未施行", "出错", "每月金额合计(元)", "每年金额合计(元)", "一次性金额合计(元)", "实物(项)", "实物价值合计(元)", "年度任务数", "超任务数", "完成率(%)", "规则集版本"],
            summary.Programs.Select(p => new object?[]
            {
                p.ProgramId, p.Name?.Chinese, p.Evaluated, p.Eligible, p.NotEligible, p.NotInForce, p.Errors,
                Yuan(p, BenefitPeriod.PerMonth), Yuan(p, BenefitPeriod.PerYear), Yuan(p, BenefitPeriod.OneOff), p.InKindItems, Yuan(p, BenefitPeriod.InKind),
                p.Quota, p.OverQuota, p.CompletionPercent, string.Join(", ", p.Versions),
            }).ToList());
    }

    /// <summary>Holders of a valid certificate, category by grade.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The sheet 持证人数.</returns>
    public static TableSheet CertificateHolders(PopulationSummary summary)
    {
        Guard.Against.Null(summary);
        var rows = DisabilityCategoryInfo.All.Select(category =>
        {
            var counts = Enumerable.Range(1, 4).Select(g => summary.CertificateHolders.FirstOrDefault(c => c.Category == category && c.Grade == g)?.Holders ?? 0).ToArray();
            return new object?[] { category.ChineseName(), counts[0], counts[1], counts[2], counts[3], counts.Sum() };
        }).ToList();
        var totals = Enumerable.Range(1, 4).Select(g => summary.CertificateHolders.Where(c => c.Grade == g).Sum(c => c.Holders)).ToArray();
        rows.Add(["合计", totals[0], totals[1], totals[2], totals[3], totals.Sum()]);
        return new TableSheet("持证人数", ["残疾类别", "一级", "二级", "三级", "四级", "合计"], rows);
    }

    /// <summary>People whose certificate is not valid on the date, and people without one.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The sheet 证件状态.</returns>
    public static TableSheet CertificateStatuses(PopulationSummary summary)
    {
        Guard.Against.Null(summary);
        var rows = new List<object?[]>
        {
            new object?[] { "有效", summary.CertificateHolders.Sum(c => c.Holders) },
        };
        rows.AddRange(new[] { CertificateStatus.Expired, CertificateStatus.Revoked, CertificateStatus.ReportedLost, CertificateStatus.NotYetIssued }
            .Select(s => new object?[] { StatusName(s), summary.CertificatesNotValid.GetValueOrDefault(s) }));
        rows.Add(["无证家庭成员", summary.PeopleWithoutCertificate]);
        return new TableSheet("证件状态", ["状态", "人数"], rows);
    }

    /// <summary>Rows read and rejected, by reason.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The sheet 读取与拒绝.</returns>
    public static TableSheet Rejections(PopulationSummary summary)
    {
        Guard.Against.Null(summary);
        var rows = new List<object?[]>();
        if (summary.Roll is { } roll)
        {
            rows.Add(["花名册读取人数", null, roll.PeopleRead]);
            rows.Add(["花名册接受人数", null, roll.PeopleAccepted]);
            rows.Add(["花名册拒绝人数", null, roll.PeopleRejected]);
            rows.AddRange(roll.RejectedPeopleByCode.OrderBy(p => p.Key).Select(p => new object?[] { "  其中：" + RollProblemCodeNames.Chinese(p.Key), p.Key.ToString(), p.Value }));
            rows.Add(["名单读取行数", null, roll.ListRowsRead]);
            rows.Add(["名单采用行数", null, roll.ListRowsApplied]);
            rows.Add(["名单拒绝行数", null, roll.ListRowsRejected]);
            rows.AddRange(roll.RejectedListRowsByCode.OrderBy(p => p.Key).Select(p => new object?[] { "  其中：" + RollProblemCodeNames.Chinese(p.Key), p.Key.ToString(), p.Value }));
        }

        rows.Add(["评估人数", null, summary.People]);
        rows.Add(["评估户数", null, summary.Households]);
        return new TableSheet("读取与拒绝", ["项目", "代码", "数量"], rows);
    }

    /// <summary>Every table, in report order.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The sheets.</returns>
    public static IReadOnlyList<TableSheet> All(PopulationSummary summary) =>
        [Programs(summary), CertificateHolders(summary), CertificateStatuses(summary), Rejections(summary)];

    /// <summary>The Chinese word for a certificate status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>E.g. 已过期.</returns>
    public static string StatusName(CertificateStatus status) => status switch
    {
        CertificateStatus.Valid => "有效",
        CertificateStatus.Expired => "已过期",
        CertificateStatus.Revoked => "已注销",
        CertificateStatus.ReportedLost => "已挂失",
        _ => "尚未发证",
    };

    private static decimal? Yuan(ProgramTotals totals, BenefitPeriod period) => totals.Amounts.Find(period)?.Yuan;
}
