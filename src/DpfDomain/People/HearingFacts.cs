namespace DpfDomain.People;

/// <summary>What is known of a person's hearing aids and implants. Immutable.</summary>
public sealed class HearingFacts
{
    /// <summary>Creates the facts.</summary>
    /// <param name="wearsHearingAid">Whether the person wears a hearing aid (助听器).</param>
    /// <param name="hasCochlearImplant">Whether the person has a cochlear implant (人工耳蜗).</param>
    /// <param name="hearingAidFittingIndicated">Whether an audiological assessment indicates fitting a hearing aid (有验配指征).</param>
    /// <param name="cochlearImplantIndicated">Whether an assessment indicates a cochlear implant (有人工耳蜗植入指征).</param>
    public HearingFacts(bool wearsHearingAid, bool hasCochlearImplant, bool hearingAidFittingIndicated, bool cochlearImplantIndicated = false)
    {
        CochlearImplantIndicated = cochlearImplantIndicated;
        WearsHearingAid = wearsHearingAid;
        HasCochlearImplant = hasCochlearImplant;
        HearingAidFittingIndicated = hearingAidFittingIndicated;
    }

    /// <summary>No hearing aid, no implant, no fitting indication.</summary>
    public static HearingFacts None { get; } = new(false, false, false);

    /// <summary>Whether the person wears a hearing aid.</summary>
    public bool WearsHearingAid { get; }

    /// <summary>Whether the person has a cochlear implant.</summary>
    public bool HasCochlearImplant { get; }

    /// <summary>Whether fitting a hearing aid is indicated.</summary>
    public bool HearingAidFittingIndicated { get; }

    /// <summary>Whether an assessment indicates a cochlear implant.</summary>
    public bool CochlearImplantIndicated { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"hearing aid: {WearsHearingAid}, cochlear implant: {HasCochlearImplant}, fitting indicated: {HearingAidFittingIndicated}, implant indicated: {CochlearImplantIndicated}";
}
