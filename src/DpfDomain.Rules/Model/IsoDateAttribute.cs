using System;

namespace DpfDomain.Rules.Model;

/// <summary>Marks a string property that holds an ISO calendar date (<c>yyyy-MM-dd</c>); the schema says so.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
internal sealed class IsoDateAttribute : Attribute;
