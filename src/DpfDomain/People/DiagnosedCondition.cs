namespace DpfDomain.People;

/// <summary>A condition diagnosed by a hospital. Members 1–6 carry the disability category codes.</summary>
public enum DiagnosedCondition
{
    /// <summary>Visual impairment (视力).</summary>
    Visual = 1,

    /// <summary>Hearing impairment (听力).</summary>
    Hearing = 2,

    /// <summary>Speech impairment (言语).</summary>
    Speech = 3,

    /// <summary>Physical impairment (肢体).</summary>
    Physical = 4,

    /// <summary>Intellectual impairment (智力).</summary>
    Intellectual = 5,

    /// <summary>Mental disorder (精神).</summary>
    Mental = 6,

    /// <summary>Autism spectrum disorder (孤独症).</summary>
    Autism = 8,
}
