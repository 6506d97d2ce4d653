using DpfDomain.Certificates;
using NodaTime;

namespace DpfDomain.Tests.Certificates;

/// <summary>Null arguments of the transitions, and the wording of recorded changes.</summary>
public sealed partial class DisabilityCertificateTests
{
    [Fact]
    public void ReassessAndReapply_NullProfile_ThrowArgumentNull()
    {
        var revoked = Issued().Revoke(RevokedOn, RevocationReason.NoLongerQualifies);

        Assert.Equal("newProfile", Assert.Throws<ArgumentNullException>(() => Issued().Reassess(new LocalDate(2022, 1, 1), null!)).ParamName);
        Assert.Equal("profile", Assert.Throws<ArgumentNullException>(() => revoked.Reapply(new LocalDate(2030, 1, 1), null!)).ParamName);
        Assert.Equal("profile", Assert.Throws<ArgumentNullException>(() => revoked.Reapply(RevokedOn, null!)).ParamName);
        Assert.Equal("profile", Assert.Throws<ArgumentNullException>(() => Issued().Reapply(new LocalDate(2030, 1, 1), null!)).ParamName);
    }

    [Fact]
    public void History_EachChange_ReadsAsDateKindAndDetail()
    {
        var certificate = Issued()
            .Renew(new LocalDate(2020, 6, 1))
            .Reassess(new LocalDate(2021, 6, 1), MentalOne)
            .Revoke(new LocalDate(2022, 6, 1), RevocationReason.Death);

        Assert.Equal(
            [
                "2019-03-15 Issued: Mental grade 2 (精神残疾二级)",
                "2020-06-01 Renewed",
                "2021-06-01 Reassessed: Mental grade 1 (精神残疾一级)",
                "2022-06-01 Revoked: Death",
            ],
            certificate.History.Select(change => change.ToString()));
    }
}
