using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using DpfDomain.Identity;
using NodaTime;

namespace DpfDomain.Tests.Conventions;

/// <summary>
/// Every public type of the domain package is immutable, or its XML documentation says it is
/// mutable. Immutable here means: every instance field (of the type and its non-framework base
/// types) is read-only and of an immutable type, and no property has a setter other than init.
/// </summary>
public sealed class MutabilityConventionTests
{
    private static readonly Assembly Domain = typeof(ResidentIdNumber).Assembly;

    private static readonly HashSet<Type> ImmutableFrameworkTypes =
    [
        typeof(string), typeof(decimal), typeof(LocalDate), typeof(Period), typeof(DateInterval), typeof(Type),
    ];

    public static TheoryData<Type> PublicTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in Domain.GetExportedTypes().Where(t => !t.IsEnum && !(t.IsAbstract && t.IsSealed)).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_IsImmutableOrDocumentedAsMutable(Type type)
    {
        if (DocumentedAsMutable(type))
        {
            return;
        }

        var problems = Problems(type, []).ToList();

        Assert.True(problems.Count == 0, $"{type.Name} is not documented as mutable but: {string.Join("; ", problems)}");
    }

    [Fact]
    public void Convention_DetectsAMutableType()
    {
        Assert.NotEmpty(Problems(typeof(MutableSample), []));
        Assert.NotEmpty(Problems(typeof(SettableSample), []));
        Assert.Empty(Problems(typeof(ImmutableSample), []));
    }

    [Fact]
    public void Convention_ChecksEveryPublicDomainType()
    {
        Assert.True(Domain.GetExportedTypes().Count(t => !t.IsEnum && !(t.IsAbstract && t.IsSealed)) >= 25, "Expected the convention to see the domain's public types.");
    }

    private static IEnumerable<string> Problems(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type) || IsKnownImmutable(type))
        {
            yield break;
        }

        for (var current = type; current is not null && (current.Assembly == type.Assembly || current.Assembly == Domain); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!field.IsInitOnly)
                {
                    yield return $"field {field.Name} is not read-only";
                }
                else if (!IsKnownImmutable(field.FieldType) && field.FieldType.Assembly != Domain && field.FieldType.Assembly != typeof(MutabilityConventionTests).Assembly)
                {
                    yield return $"field {field.Name} has the type {field.FieldType.Name}, which is not known to be immutable";
                }
                else if (field.FieldType != type)
                {
                    foreach (var inner in Problems(field.FieldType, seen))
                    {
                        yield return $"{field.Name}: {inner}";
                    }
                }
            }

            foreach (var property in current.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                var setter = property.SetMethod;
                if (setter is not null && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                {
                    yield return $"property {property.Name} has a setter";
                }
            }
        }
    }

    private static bool IsKnownImmutable(Type type)
    {
        if (type.IsGenericParameter || type.IsPrimitive || type.IsEnum || ImmutableFrameworkTypes.Contains(type))
        {
            return true;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return IsKnownImmutable(underlying);
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var immutableCollection = definition.Namespace == typeof(ImmutableArray).Namespace
                || definition.Namespace == typeof(FrozenDictionary).Namespace;
            return immutableCollection && type.GetGenericArguments().All(a => IsKnownImmutable(a) || a.Assembly == Domain);
        }

        return false;
    }

    private static bool DocumentedAsMutable(Type type) =>
        DocumentationSummary(type) is { } summary
        && System.Text.RegularExpressions.Regex.IsMatch(summary, @"\bmutable\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static string? DocumentationSummary(Type type)
    {
        var path = Path.ChangeExtension(Domain.Location, ".xml");
        var id = "T:" + type.FullName!.Replace('+', '.');
        return XDocument.Load(path).Descendants("member").FirstOrDefault(m => (string?)m.Attribute("name") == id)?.Element("summary")?.Value;
    }

    private sealed class MutableSample
    {
#pragma warning disable CS0649, IDE0044
        private int _value;
#pragma warning restore CS0649, IDE0044

        public override string ToString() => _value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class SettableSample
    {
        public int Value { get; set; }
    }

    private sealed class ImmutableSample
    {
        public ImmutableSample(int value) => Value = value;

        public int Value { get; }

        public ImmutableArray<string> Names { get; } = [];
    }
}
