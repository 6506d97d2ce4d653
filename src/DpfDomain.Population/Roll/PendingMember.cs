using System.Collections.Generic;
using DpfDomain.Certificates;
using DpfDomain.Identity;
using DpfDomain.People;

namespace DpfDomain.Population.Roll;

/// <summary>A roll row whose cells are valid, waiting for its household to be complete.</summary>
internal sealed class PendingMember(int row, ResidentIdNumber id, PersonName name, DisabilityCertificate? certificate, HukouType hukou, DivisionCode registration, IReadOnlyList<ResidentIdNumber> parents)
{
    internal int Row { get; } = row;

    internal ResidentIdNumber Id { get; } = id;

    internal long Key { get; } = IdKey.Of(id);

    internal PersonName Name { get; } = name;

    internal DisabilityCertificate? Certificate { get; } = certificate;

    internal HukouType Hukou { get; } = hukou;

    internal DivisionCode Registration { get; } = registration;

    internal IReadOnlyList<ResidentIdNumber> Parents { get; } = parents;
}
