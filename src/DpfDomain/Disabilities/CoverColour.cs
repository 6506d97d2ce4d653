namespace DpfDomain.Disabilities;

/// <summary>The colour of a certificate's cover.</summary>
public enum CoverColour
{
    /// <summary>Green: every certificate whose disability does not include a visual one.</summary>
    Green = 1,

    /// <summary>Red: visual disability, or a multiple disability that includes a visual one.</summary>
    Red = 2,
}
