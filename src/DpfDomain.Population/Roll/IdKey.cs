using System;
using System.Globalization;
using DpfDomain.Identity;

namespace DpfDomain.Population.Roll;

/// <summary>An identity number as a 64-bit key: its first 17 digits (the check character follows from them), exact and small.</summary>
internal static class IdKey
{
    internal static long Of(ResidentIdNumber id) => long.Parse(id.ToUnmaskedString().AsSpan(0, 17), NumberStyles.None, CultureInfo.InvariantCulture);
}
