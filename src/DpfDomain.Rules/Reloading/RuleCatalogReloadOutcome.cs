namespace DpfDomain.Rules.Reloading;

/// <summary>What a reload did.</summary>
public enum RuleCatalogReloadOutcome
{
    /// <summary>The files hold the catalog in service (or the edit refused last time, still unchanged): nothing was compiled.</summary>
    Unchanged,

    /// <summary>The files changed and loaded without a problem: their catalog is now in service.</summary>
    Replaced,

    /// <summary>The files changed but have problems: the catalog in service stays.</summary>
    Refused,
}
