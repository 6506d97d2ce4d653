namespace DpfDomain.People;

/// <summary>
/// Household poverty statuses. Since 2021 registered poverty (建档立卡) is recorded as
/// 脱贫人口 or 防止返贫监测对象; all three names exist so that a rule set can name either era.
/// </summary>
public enum PovertyStatus
{
    /// <summary>最低生活保障 (低保): the household receives the minimum living allowance.</summary>
    MinimumLivingAllowance = 1,

    /// <summary>低保边缘: a household just above the 低保 line; counts only where a program's extension says so.</summary>
    MarginalMinimumLivingAllowance,

    /// <summary>建档立卡贫困户: a registered poor household (before 2021).</summary>
    RegisteredPoor,

    /// <summary>脱贫人口: a household lifted out of registered poverty (from 2021).</summary>
    LiftedOutOfPoverty,

    /// <summary>防止返贫监测对象: a household monitored against relapse into poverty (from 2021).</summary>
    MonitoredForRelapse,
}
