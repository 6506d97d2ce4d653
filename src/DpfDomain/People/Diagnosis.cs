using System;
using NodaTime;

namespace DpfDomain.People;

/// <summary>A diagnosis recorded for a person, such as a designated hospital's diagnosis of autism (孤独症). Immutable.</summary>
public sealed class Diagnosis
{
    /// <summary>Creates a diagnosis.</summary>
    /// <param name="condition">The diagnosed condition.</param>
    /// <param name="diagnosedOn">The date of the diagnosis.</param>
    /// <param name="byDesignatedHospital">Whether a designated hospital (定点医疗机构) made it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="condition"/> is not defined.</exception>
    public Diagnosis(DiagnosedCondition condition, LocalDate diagnosedOn, bool byDesignatedHospital)
    {
        if (!Enum.IsDefined(condition))
        {
            throw new ArgumentOutOfRangeException(nameof(condition), condition, "Not a defined condition.");
        }

        Condition = condition;
        DiagnosedOn = diagnosedOn;
        ByDesignatedHospital = byDesignatedHospital;
    }

    /// <summary>The diagnosed condition.</summary>
    public DiagnosedCondition Condition { get; }

    /// <summary>The date of the diagnosis.</summary>
    public LocalDate DiagnosedOn { get; }

    /// <summary>Whether a designated hospital made the diagnosis.</summary>
    public bool ByDesignatedHospital { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Condition} diagnosed {DiagnosedOn:uuuu-MM-dd}{(ByDesignatedHospital ? " by a designated hospital" : string.Empty)}";
}
