namespace DpfDomain.Population.Roll;

/// <summary>The columns of a status list (低保, 特困, 建档立卡, school, care and other lists sent by other offices): one row per status of one person.</summary>
public enum StatusListColumn
{
    /// <summary>公民身份号码 / IdNumber: the person, joined with the roll (required).</summary>
    IdNumber = 1,

    /// <summary>姓名 / Name: for the reader of the file; not used in the join.</summary>
    Name,

    /// <summary>类型 / Status: what the row records (see <see cref="StatusKind"/>; required).</summary>
    Status,

    /// <summary>开始日期 / From: the first day the status holds (required).</summary>
    From,

    /// <summary>结束日期 / Until: the last day it holds (inclusive); empty while it lasts.</summary>
    Until,

    /// <summary>月数 / Months: for a care need, the expected duration in months.</summary>
    Months,

    /// <summary>定点机构 / DesignatedHospital: for a diagnosis, whether a designated hospital made it (是/否).</summary>
    DesignatedHospital,
}
