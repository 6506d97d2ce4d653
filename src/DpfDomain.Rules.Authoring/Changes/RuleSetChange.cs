namespace DpfDomain.Rules.Authoring.Changes;

/// <summary>One difference between two versions of a rule-set folder, in words, in English and Chinese.</summary>
public sealed class RuleSetChange
{
    internal RuleSetChange(string programId, string? version, string english, string chinese)
    {
        ProgramId = programId;
        Version = version;
        English = english;
        Chinese = chinese;
    }

    /// <summary>The program the change is in.</summary>
    public string ProgramId { get; }

    /// <summary>
    /// The version (the rule set's <c>Version</c>) the change is in: the new one's when both folders
    /// have it; <see langword="null"/> for a program added or removed as a whole.
    /// </summary>
    public string? Version { get; }

    /// <summary>The change in English, e.g. <c>Parameter AmountPerYear: new value 1,500 from 2025-01-01 (was 1,200).</c></summary>
    public string English { get; }

    /// <summary>The change in Chinese, e.g. <c>参数 AmountPerYear：新增 2025-01-01 起的取值 1,500（原为 1,200）。</c></summary>
    public string Chinese { get; }

    /// <summary>The change in one language.</summary>
    /// <param name="chinese">Whether the Chinese text is wanted.</param>
    /// <returns><see cref="Chinese"/> or <see cref="English"/>.</returns>
    public string Text(bool chinese) => chinese ? Chinese : English;

    /// <summary>The program, version and English text.</summary>
    /// <returns>E.g. <c>P1 2019.1: Rule CertificateValid removed.</c></returns>
    public override string ToString() => $"{ProgramId}{(Version is null ? string.Empty : " " + Version)}: {English}";
}
