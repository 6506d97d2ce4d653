namespace DpfDomain.Employers;

/// <summary>The kind of employing organisation (用人单位).</summary>
public enum EmployerKind
{
    /// <summary>An enterprise (企业); only enterprises can have the small-enterprise exemption.</summary>
    Enterprise = 1,

    /// <summary>A government agency (机关).</summary>
    GovernmentAgency,

    /// <summary>A public institution (事业单位).</summary>
    PublicInstitution,

    /// <summary>A social organisation (社会团体) or private non-enterprise unit (民办非企业单位).</summary>
    SocialOrganisation,
}
