namespace DpfDomain.Disabilities;

/// <summary>
/// The seven disability categories of GB/T 26341-2010 《残疾人残疾分类和分级》. The numeric value
/// of each member is its code, as printed in the certificate number.
/// </summary>
public enum DisabilityCategory
{
    /// <summary>视力残疾 — visual disability (code 1).</summary>
    Visual = 1,

    /// <summary>听力残疾 — hearing disability (code 2).</summary>
    Hearing = 2,

    /// <summary>言语残疾 — speech disability (code 3).</summary>
    Speech = 3,

    /// <summary>肢体残疾 — physical disability (code 4).</summary>
    Physical = 4,

    /// <summary>智力残疾 — intellectual disability (code 5).</summary>
    Intellectual = 5,

    /// <summary>精神残疾 — mental (psychosocial) disability (code 6).</summary>
    Mental = 6,

    /// <summary>多重残疾 — multiple disability, two or more of the others (code 7).</summary>
    Multiple = 7,
}
