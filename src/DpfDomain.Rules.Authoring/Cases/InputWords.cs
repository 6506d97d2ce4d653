using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System;
using DpfDomain.Rules.Authoring.Messages;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Diagnostics;
using DpfDomain.Rules.Diagnostics.Messages;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Model;

namespace DpfDomain.Rules.Authoring.Cases;

/// <summary>Marks a whole-number grade (1 to 4) that a file may also write as a word: 一级 … 四级, 1级, "2".</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class GradeWordsAttribute : Attribute;

/// <summary>
/// The words staff may type for the enumerations of person, employer and case files: the English
/// name, or a Chinese word of the domain's one table (<see cref="EnumWords"/>) or, for an outcome
/// and a period, of <see cref="WordMessages"/>. Before the shape of a file is checked, every such
/// word in it is turned into its English name (and every grade word into its number), so that the
/// rest of the reading sees one spelling; a word that names nothing is reported here, its Chinese
/// words listed first, and not again by the shape check.
/// </summary>
internal sealed class InputWords(JsonSerializerOptions options, DiagnosticBag bag, SourceNode root)
{
    /// <summary>The problems found.</summary>
    public DiagnosticBag Bag => bag;

    /// <summary>Where a word or grade was reported: the shape check's own report at the same place is dropped.</summary>
    public HashSet<SourcePosition> Reported { get; } = [];

    /// <summary>
    /// Whether a word was reported that could not be stood in for: a key of a dictionary. A word or
    /// grade value reported is replaced by a valid one (the first of its list), so that the rest of
    /// the object can still be read and checked; the object is never used, only its other problems told.
    /// </summary>
    public bool Blocking { get; private set; }

    /// <summary>The Chinese words of every value of an enumeration, the usual one of each, in declaration order.</summary>
    public static IReadOnlyList<string> ChineseNames(Type type) =>
        type == typeof(DecisionOutcome) ? [.. Enum.GetValues<DecisionOutcome>().Select(o => WordMessages.Outcome(o)[0])]
        : type == typeof(BenefitPeriod) ? [.. Enum.GetValues<BenefitPeriod>().Select(p => WordMessages.Period(p)[0])]
        : EnumWords.UsualChineseNames(type);

    /// <summary>The English name of the value a word names, or null.</summary>
    public static string? EnglishName(Type type, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (type == typeof(DecisionOutcome))
        {
            return Enum.GetValues<DecisionOutcome>().Where(o => o.ToString() == text || WordMessages.Outcome(o).Contains(text, StringComparer.Ordinal)).Select(o => o.ToString()).FirstOrDefault();
        }

        if (type == typeof(BenefitPeriod))
        {
            return Enum.GetValues<BenefitPeriod>().Where(p => p.ToString() == text || WordMessages.Period(p).Contains(text, StringComparer.Ordinal)).Select(p => p.ToString()).FirstOrDefault();
        }

        return EnumWords.TryParse(type, text, out var value) ? Enum.GetName(type, value) : null;
    }

    /// <summary>Turns the words under a node of a given type into English names and grade numbers, reporting those that name nothing.</summary>
    public void Normalise(SourceNode node, Type type, string path)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            Word(node, type, path);
            return;
        }

        if (type == typeof(JsonElement) || Type.GetTypeCode(type) != TypeCode.Object)
        {
            return;
        }

        var info = options.GetTypeInfo(type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when node.Kind == JsonValueKind.Object:
                var known = info.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
                for (var i = 0; i < node.Properties.Count; i++)
                {
                    var property = node.Properties[i];
                    if (!known.TryGetValue(property.Name, out var definition))
                    {
                        continue;
                    }

                    var where = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    if (definition.AttributeProvider?.IsDefined(typeof(GradeWordsAttribute), inherit: false) == true)
                    {
                        node.Properties[i] = property with { Value = Grade(property.Value, where) };
                        continue;
                    }

                    Normalise(property.Value, definition.PropertyType, where);
                }

                break;
            case JsonTypeInfoKind.Enumerable when node.Kind == JsonValueKind.Array:
                for (var i = 0; i < node.Items.Count; i++)
                {
                    Normalise(node.Items[i], info.ElementType!, $"{path}[{i}]");
                }

                break;
            case JsonTypeInfoKind.Dictionary when node.Kind == JsonValueKind.Object:
                for (var i = 0; i < node.Properties.Count; i++)
                {
                    var entry = node.Properties[i];
                    if (info.KeyType is { IsEnum: true } keyType)
                    {
                        if (EnglishName(keyType, entry.Name) is { } english)
                        {
                            node.Properties[i] = entry = entry with { Name = english };
                        }
                        else
                        {
                            Refuse(entry.Name, keyType, path, entry.NamePosition);
                            Blocking = true;
                            continue;
                        }
                    }

                    Normalise(entry.Value, info.ElementType!, $"{path}.{entry.Name}");
                }

                break;
        }
    }

    private void Word(SourceNode node, Type type, string path)
    {
        if (node.Kind != JsonValueKind.String)
        {
            return;
        }

        if (EnglishName(type, node.StringValue) is { } english)
        {
            node.StringValue = english;
            return;
        }

        Refuse(node.StringValue!, type, path, node.Position);
        node.StringValue = Enum.GetNames(type)[0];
    }

    private void Refuse(string text, Type type, string path, SourcePosition position)
    {
        var english = Enum.GetNames(type);
        var chinese = ChineseNames(type);
        var suggestion = Suggestions.Closest(text, english);
        bag.Report(WordMessages.NotAWord(IsoDates.Echo(text), LocationWords.Of(path, root), suggestion, chinese, english), position);
        Reported.Add(position);
    }

    /// <summary>A grade written as text: its number when it is a grade word, else reported (and 1 stood in for it).</summary>
    private SourceNode Grade(SourceNode node, string path)
    {
        if (node.Kind != JsonValueKind.String)
        {
            return node;
        }

        if (EnumWords.GradeFor(node.StringValue) is { } grade)
        {
            return new SourceNode(JsonValueKind.Number, node.Position) { StringValue = grade.ToString(CultureInfo.InvariantCulture) };
        }

        bag.Report(WordMessages.NotAGrade(IsoDates.Echo(node.StringValue), LocationWords.Of(path, root), EnumWords.GradeNames), node.Position);
        Reported.Add(node.Position);
        return new SourceNode(JsonValueKind.Number, node.Position) { StringValue = "1" };
    }
}
