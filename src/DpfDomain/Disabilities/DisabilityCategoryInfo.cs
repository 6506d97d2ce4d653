using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace DpfDomain.Disabilities;

/// <summary>Names and codes of <see cref="DisabilityCategory"/> values.</summary>
public static class DisabilityCategoryInfo
{
    private static readonly string[] ChineseNames = ["视力残疾", "听力残疾", "言语残疾", "肢体残疾", "智力残疾", "精神残疾", "多重残疾"];
    private static readonly string[] EnglishNames = ["Visual", "Hearing", "Speech", "Physical", "Intellectual", "Mental", "Multiple"];

    /// <summary>All seven categories in code order.</summary>
    public static IReadOnlyList<DisabilityCategory> All { get; } =
        Enumerable.Range(1, 7).Select(code => (DisabilityCategory)code).ToImmutableArray();

    /// <summary>The six categories that can be a component of a multiple disability (codes 1–6).</summary>
    public static IReadOnlyList<DisabilityCategory> Components { get; } =
        Enumerable.Range(1, 6).Select(code => (DisabilityCategory)code).ToImmutableArray();

    /// <summary>Whether the value is one of the seven defined categories.</summary>
    /// <param name="category">The value to check.</param>
    /// <returns><see langword="true"/> for codes 1–7.</returns>
    public static bool IsDefined(this DisabilityCategory category) => category is >= DisabilityCategory.Visual and <= DisabilityCategory.Multiple;

    /// <summary>The category's code, 1–7.</summary>
    /// <param name="category">A defined category.</param>
    /// <returns>The code printed in the certificate number.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The category is not defined.</exception>
    public static int Code(this DisabilityCategory category) => (int)Check(category);

    /// <summary>The category's Chinese name, e.g. 精神残疾.</summary>
    /// <param name="category">A defined category.</param>
    /// <returns>The name used in regulations and on certificates.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The category is not defined.</exception>
    public static string ChineseName(this DisabilityCategory category) => ChineseNames[(int)Check(category) - 1];

    /// <summary>The category's English name, e.g. Mental.</summary>
    /// <param name="category">A defined category.</param>
    /// <returns>The English name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The category is not defined.</exception>
    public static string EnglishName(this DisabilityCategory category) => EnglishNames[(int)Check(category) - 1];

    /// <summary>Finds a category by its code.</summary>
    /// <param name="code">The code, 1–7.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The code is not 1–7.</exception>
    public static DisabilityCategory FromCode(int code) => Check((DisabilityCategory)code);

    private static DisabilityCategory Check(DisabilityCategory category) =>
        category.IsDefined()
            ? category
            : throw new ArgumentOutOfRangeException(nameof(category), (int)category, "A disability category code is 1 (visual) to 7 (multiple).");
}
