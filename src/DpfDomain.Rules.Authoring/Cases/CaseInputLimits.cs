namespace DpfDomain.Rules.Authoring.Cases;

/// <summary>
/// The bounds on case, person and employer files. Each is far above what a real file needs; a file
/// beyond one is refused with the position of the first thing too large, before it is turned into
/// objects, so that a damaged or hostile file cannot make <c>dpf</c> or a host use unbounded memory
/// or time.
/// </summary>
public static class CaseInputLimits
{
    /// <summary>The largest case, person or employer file read: 4 MiB (the reference catalog's largest case file has about 53 KB).</summary>
    public const int MaximumFileBytes = 4 * 1024 * 1024;

    /// <summary>The deepest nesting of objects and lists: 32 (a case file needs about 12).</summary>
    public const int MaximumDepth = 32;

    /// <summary>The most cases in one case file: 1,000 (the reference catalog has at most 27 per program).</summary>
    public const int MaximumCases = 1_000;

    /// <summary>The most members of one household: 50, as for a household on a roll.</summary>
    public const int MaximumHouseholdMembers = 50;

    /// <summary>The most disabled employees listed for one employer: 100,000.</summary>
    public const int MaximumDisabledEmployees = 100_000;

    /// <summary>
    /// The most entries in any other list or map: 64. This bounds every fact list of a person or
    /// household (poverty statuses, supports, diagnoses, psychiatric treatment years, enrolments,
    /// parents, certificate components and changes), a case's parameters and expected outputs and
    /// failed rules, and the keys of any object.
    /// </summary>
    public const int MaximumEntries = 64;

    /// <summary>The longest text value or key, in characters: 500 (a case name of two sentences fits; names and numbers are far shorter).</summary>
    public const int MaximumTextLength = 500;
}
