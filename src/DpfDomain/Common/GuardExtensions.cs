using System;
using Ardalis.GuardClauses;

namespace DpfDomain;

/// <summary>Project-specific guard clauses.</summary>
internal static class GuardExtensions
{
    /// <summary>Throws when a default (uninitialised) struct value is passed.</summary>
    public static T Uninitialised<T>(this IGuardClause guardClause, T input, string parameterName)
        where T : struct, IEquatable<T>
    {
        _ = guardClause;
        if (input.Equals(default))
        {
            throw new ArgumentException($"The {typeof(T).Name} is the uninitialised default value; create it with Parse or its constructor.", parameterName);
        }

        return input;
    }
}
