namespace DpfDomain.Testing;

/// <summary>
/// The kinds of bad row that <see cref="RollFileWriter"/> writes into a county's files on request.
/// Each bad row is an extra row: it never changes a good row, so the good people, households and
/// status-list rows are read exactly as generated, and each bad row is rejected for exactly one
/// reason (see <see cref="GeneratedRollManifest.ExpectedCode"/>).
/// </summary>
public enum BadRowKind
{
    /// <summary>A roll row whose identity number has a wrong check character (character 18).</summary>
    InvalidIdCheckCharacter = 1,

    /// <summary>A roll row whose certificate number has an impossible grade digit (5).</summary>
    InvalidCertificateNumber,

    /// <summary>A roll row whose issue date (发证日期) does not exist: 30 February.</summary>
    ImpossibleDate,

    /// <summary>A roll row whose category (残疾类别) is a word the layout does not know (其他).</summary>
    UnknownCategoryWord,

    /// <summary>A roll row whose certificate number is that of another identity number than the row's.</summary>
    CertificateDoesNotMatchId,

    /// <summary>A second copy of a good person's roll row, within the same household.</summary>
    DuplicatePerson,

    /// <summary>A status-list row for an identity number that is not on the roll.</summary>
    ListRowNotOnRoll,

    /// <summary>A roll row of a household whose rows ended earlier (the rows of one household are not adjacent).</summary>
    NonAdjacentHouseholdRow,
}
