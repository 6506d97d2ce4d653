using System;

namespace DpfDomain.Rules.Facts;

/// <summary>Describes a fact of the vocabulary for policy staff, in Chinese and English. The facts reference in <c>docs/</c> is generated from these.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
internal sealed class FactDescriptionAttribute : Attribute
{
    /// <summary>Creates the description.</summary>
    /// <param name="chinese">The meaning in Chinese (zh-CN).</param>
    /// <param name="english">The meaning in English.</param>
    public FactDescriptionAttribute(string chinese, string english)
    {
        Chinese = chinese;
        English = english;
    }

    /// <summary>The meaning in Chinese (zh-CN).</summary>
    public string Chinese { get; }

    /// <summary>The meaning in English.</summary>
    public string English { get; }
}
