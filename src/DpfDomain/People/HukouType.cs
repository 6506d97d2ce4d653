namespace DpfDomain.People;

/// <summary>The kind of household registration (户口性质).</summary>
public enum HukouType
{
    /// <summary>Rural (农村户口).</summary>
    Rural = 1,

    /// <summary>Urban (城镇户口).</summary>
    Urban,
}
