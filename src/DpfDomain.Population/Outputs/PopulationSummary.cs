using System.Collections.Generic;
using DpfDomain.Certificates;
using DpfDomain.Population.Roll;
using NodaTime;

namespace DpfDomain.Population.Outputs;

/// <summary>The summary of a run that staff report upward: per program, certificate holders by category and grade, and rows read and rejected.</summary>
public sealed class PopulationSummary
{
    internal PopulationSummary(LocalDate date, long households, long people, IReadOnlyList<ProgramTotals> programs, IReadOnlyList<CertificateCount> holders, IReadOnlyDictionary<CertificateStatus, int> certificatesNotValid, int peopleWithoutCertificate, RollReadReport? roll)
    {
        Date = date;
        Households = households;
        People = people;
        Programs = programs;
        CertificateHolders = holders;
        CertificatesNotValid = certificatesNotValid;
        PeopleWithoutCertificate = peopleWithoutCertificate;
        Roll = roll;
    }

    /// <summary>The evaluation date.</summary>
    public LocalDate Date { get; }

    /// <summary>Households evaluated.</summary>
    public long Households { get; }

    /// <summary>People evaluated.</summary>
    public long People { get; }

    /// <summary>One line per person program, in program order.</summary>
    public IReadOnlyList<ProgramTotals> Programs { get; }

    /// <summary>Holders of a valid certificate by category × grade (only non-zero cells).</summary>
    public IReadOnlyList<CertificateCount> CertificateHolders { get; }

    /// <summary>People whose certificate is not valid on the date, by status (expired, revoked, reported lost, not yet issued).</summary>
    public IReadOnlyDictionary<CertificateStatus, int> CertificatesNotValid { get; }

    /// <summary>Evaluated household members without a certificate (e.g. students whose parent holds one).</summary>
    public int PeopleWithoutCertificate { get; }

    /// <summary>What reading the roll found (rows read, rejected by reason, list rows), when the run read one.</summary>
    public RollReadReport? Roll { get; }

    /// <summary>The date and counts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => System.FormattableString.Invariant($"Summary {Date:uuuu-MM-dd}: {People} people in {Households} households, {Programs.Count} program(s)");
}
