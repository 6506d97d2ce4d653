using DpfDomain.Rules.Decisions;

namespace DpfDomain.Population.Outputs;

/// <summary>An eligible decision of an earlier run, as read back from its JSON Lines decision file.</summary>
/// <param name="PersonKey">The person's pseudonym.</param>
/// <param name="ProgramId">The program.</param>
/// <param name="IdNumber">The identity number as the file has it (masked unless the run wrote it in full).</param>
/// <param name="Name">The masked name.</param>
/// <param name="HouseholdNo">The household number.</param>
/// <param name="Amounts">The amounts per period, as written (a period without lines is absent).</param>
public sealed record PreviousDecision(string PersonKey, string ProgramId, string IdNumber, string Name, string HouseholdNo, PeriodTotals Amounts);
