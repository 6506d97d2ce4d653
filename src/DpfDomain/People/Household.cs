using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using DpfDomain.Identity;
using NodaTime;

namespace DpfDomain.People;

/// <summary>
/// A registered household (户): its registration, its members, which members are parents of
/// which, and its poverty statuses over time. Immutable.
/// </summary>
public sealed class Household
{
    /// <summary>The most parents a child may have in one household.</summary>
    public const int MaximumParentsPerChild = 2;

    private readonly ImmutableArray<Person> _members;
    private readonly ImmutableArray<ParentChildLink> _parentLinks;
    private readonly ImmutableArray<Dated<PovertyStatus>> _povertyStatuses;
    private readonly ImmutableDictionary<ResidentIdNumber, Person> _byId;

    /// <summary>Creates a household.</summary>
    /// <param name="registration">The household registration.</param>
    /// <param name="members">One or more members, each identity number once.</param>
    /// <param name="povertyStatuses">The household's poverty statuses over time.</param>
    /// <param name="parentLinks">Which members are parents of which; both ends must be members, at most two parents per child.</param>
    /// <exception cref="ArgumentNullException"><paramref name="registration"/> or <paramref name="members"/> is null.</exception>
    /// <exception cref="DpfDomainException">No members, a repeated member, a link to a non-member, or more than two parents for a child.</exception>
    public Household(
        HouseholdRegistration registration,
        IEnumerable<Person> members,
        IEnumerable<Dated<PovertyStatus>>? povertyStatuses = null,
        IEnumerable<ParentChildLink>? parentLinks = null)
    {
        Guard.Against.Null(registration);
        Guard.Against.Null(members);
        Registration = registration;
        _members = [.. members];
        _povertyStatuses = [.. povertyStatuses ?? []];
        _parentLinks = [.. (parentLinks ?? []).Distinct()];
        if (_members.IsEmpty || _members.Any(m => m is null))
        {
            throw new DpfDomainException("A household has at least one member and no empty entries.", "一户至少有一名成员，且不能有空成员。");
        }

        if (_povertyStatuses.Any(s => s is null) || _parentLinks.Any(l => l is null))
        {
            throw new DpfDomainException("A household's poverty statuses and parent links contain no empty entries.", "户的困难状态和亲子关系中不能有空项。");
        }

        var byId = ImmutableDictionary.CreateBuilder<ResidentIdNumber, Person>();
        foreach (var member in _members)
        {
            if (!byId.TryAdd(member.Id, member))
            {
                throw new DpfDomainException($"Member {member.Id} appears twice in the household.", $"成员{member.Id}在户内重复出现。");
            }
        }

        _byId = byId.ToImmutable();
        foreach (var link in _parentLinks)
        {
            if (!_byId.ContainsKey(link.Parent) || !_byId.ContainsKey(link.Child))
            {
                throw new DpfDomainException($"The link '{link}' names someone who is not a member of the household.", $"亲子关系“{link}”中有人不是本户成员。");
            }
        }

        var overParented = _parentLinks.GroupBy(l => l.Child).FirstOrDefault(g => g.Count() > MaximumParentsPerChild);
        if (overParented is not null)
        {
            throw new DpfDomainException($"Member {overParented.Key} has {overParented.Count()} parents recorded; at most {MaximumParentsPerChild}.", $"成员{overParented.Key}登记了{overParented.Count()}位父母，最多{MaximumParentsPerChild}位。");
        }
    }

    /// <summary>The household registration.</summary>
    public HouseholdRegistration Registration { get; }

    /// <summary>The members, in the order given.</summary>
    public IReadOnlyList<Person> Members => _members;

    /// <summary>Which members are parents of which.</summary>
    public IReadOnlyList<ParentChildLink> ParentLinks => _parentLinks;

    /// <summary>The household's poverty statuses over time.</summary>
    public IReadOnlyList<Dated<PovertyStatus>> PovertyStatuses => _povertyStatuses;

    /// <summary>Finds a member.</summary>
    /// <param name="id">The member's identity number.</param>
    /// <returns>The member, or <see langword="null"/> when not in the household.</returns>
    public Person? Find(ResidentIdNumber id) => _byId.GetValueOrDefault(id);

    /// <summary>The members recorded as parents of a member.</summary>
    /// <param name="child">The member's identity number.</param>
    /// <returns>Zero, one or two parents.</returns>
    public IReadOnlyList<Person> ParentsOf(ResidentIdNumber child) =>
        [.. _parentLinks.Where(l => l.Child == child).Select(l => _byId[l.Parent])];

    /// <summary>The members recorded as children of a member.</summary>
    /// <param name="parent">The member's identity number.</param>
    /// <returns>The children.</returns>
    public IReadOnlyList<Person> ChildrenOf(ResidentIdNumber parent) =>
        [.. _parentLinks.Where(l => l.Parent == parent).Select(l => _byId[l.Child])];

    /// <summary>Whether the household has a poverty status on a date.</summary>
    /// <param name="status">The status.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether a recorded period of it includes <paramref name="date"/>.</returns>
    public bool HasPovertyStatusOn(PovertyStatus status, LocalDate date) => _povertyStatuses.Any(s => s.Status == status && s.HoldsOn(date));

    /// <summary>
    /// Whether the household is registered poor on a date under any of its names: 建档立卡,
    /// 脱贫人口 or 防止返贫监测对象.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether any of the three holds.</returns>
    public bool IsRegisteredPoorOn(LocalDate date) =>
        HasPovertyStatusOn(PovertyStatus.RegisteredPoor, date)
        || HasPovertyStatusOn(PovertyStatus.LiftedOutOfPoverty, date)
        || HasPovertyStatusOn(PovertyStatus.MonitoredForRelapse, date);

    /// <summary>Whether a parent of a member holds a certificate that is valid on a date.</summary>
    /// <param name="child">The member's identity number.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether any recorded parent's certificate is valid on <paramref name="date"/>.</returns>
    public bool HasParentWithValidCertificate(ResidentIdNumber child, LocalDate date) =>
        ParentsOf(child).Any(p => p.Certificate?.IsValidOn(date) == true);

    /// <inheritdoc />
    public override string ToString() => $"Household in {Registration} with {_members.Length} member(s)";
}
