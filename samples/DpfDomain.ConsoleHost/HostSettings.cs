namespace DpfDomain.ConsoleHost;

/// <summary>The host's settings: the "Dpf" section of appsettings.json, overridden by the command line.</summary>
internal sealed class HostSettings
{
    /// <summary>The county's six-digit division code.</summary>
    public string County { get; set; } = "340123";

    /// <summary>The evaluation date, yyyy-MM-dd.</summary>
    public string Date { get; set; } = "2019-06-30";

    /// <summary>A folder of *.ruleset.json files; the embedded reference catalog when empty.</summary>
    public string? RulesFolder { get; set; }

    /// <summary>Where decisions, change lists and the workbook are written.</summary>
    public string OutputFolder { get; set; } = "dpf-output";

    /// <summary>The secret key of the person pseudonyms; created when missing. Keep it out of the output folder.</summary>
    public string PseudonymKeyFile { get; set; } = "dpf-pseudonym.key";

    /// <summary>Whether output files carry unmasked identity numbers.</summary>
    public bool IncludeFullIdNumbers { get; set; }

    /// <summary>Which decision files to write: both (CSV and JSON Lines), csv, jsonl or none. Next month's change list needs the JSON Lines.</summary>
    public string DecisionFiles { get; set; } = "both";

    /// <summary>Whether a run writes the change list (changes.csv and its sheet); off for a population-scale run into the summary alone.</summary>
    public bool ChangeList { get; set; } = true;

    /// <summary>Batches evaluated at once; 0 for the number of cores.</summary>
    public int Parallelism { get; set; }

    /// <summary>People in the county generated when the host runs without arguments.</summary>
    public int DefaultPeople { get; set; } = 50_000;

    /// <summary>The seed of that county.</summary>
    public int DefaultSeed { get; set; } = 20_190_630;
}
