using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Linq.Dynamic.Core.Parser;
using System.Linq.Expressions;
using System.Reflection;
using RulesEngine.HelperFunctions;
using RulesEngine.Models;

namespace DpfDomain.Rules.Compilation;

/// <summary>
/// RulesEngine's expression parsing, as its <c>RuleExpressionParser.Parse</c> does it — the
/// System.Linq.Dynamic.Core <see cref="ExpressionParser"/> with RulesEngine's type provider and
/// case sensitivity, a parse error thrown — with one cost removed: RulesEngine's type provider
/// scans every type of every loaded assembly for <c>[DynamicLinqType]</c> once per parser, that
/// is once per rule-set file, and that scan was most of a catalog's cold load. Here the scan is
/// shared while the same assemblies are loaded, and the types are the same set.
/// </summary>
internal static class RuleExpressionParsing
{
    private static readonly object Gate = new();
    private static Assembly[] s_scannedAssemblies = [];
    private static HashSet<Type>? s_scanned;

    /// <summary>The parsing configuration RulesEngine builds for these custom types.</summary>
    public static ParsingConfig Config(IReadOnlyList<Type> customTypes) => new()
    {
        CustomTypeProvider = new SharedScanTypeProvider([.. customTypes]),
        IsCaseSensitive = new ReSettings().IsExpressionCaseSensitive,
    };

    /// <summary>Parses one expression; throws what the parser throws for an expression it refuses.</summary>
    public static Expression Parse(ParsingConfig config, string text, ParameterExpression[] parameters, Type? returnType) =>
        new ExpressionParser(parameters, text, [], config).Parse(returnType, true);

    /// <summary>
    /// The types of the loaded assemblies marked <c>[DynamicLinqType]</c>, as the scan finds them;
    /// found again when an assembly (other than a dynamic one, such as the rule sets' parameter
    /// classes, which the scan skips) was loaded since.
    /// </summary>
    private static HashSet<Type> Scanned(SharedScanTypeProvider provider)
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic).ToArray();
        lock (Gate)
        {
            if (s_scanned is null || !loaded.SequenceEqual(s_scannedAssemblies))
            {
                s_scanned = [.. provider.MarkedTypes(loaded.Where(CanMarkTypes))];
                s_scannedAssemblies = loaded;
            }

            return s_scanned;
        }
    }

    /// <summary>
    /// Whether an assembly can have types marked <c>[DynamicLinqType]</c>: only one that is, or
    /// refers to, the assembly defining the attribute. The others are not scanned type by type,
    /// which is the slow part of the scan.
    /// </summary>
    private static bool CanMarkTypes(Assembly assembly)
    {
        var attributeAssembly = typeof(DynamicLinqTypeAttribute).Assembly.GetName().Name;
        return assembly == typeof(DynamicLinqTypeAttribute).Assembly
            || assembly.GetReferencedAssemblies().Any(a => string.Equals(a.Name, attributeAssembly, StringComparison.Ordinal));
    }

    /// <summary>Types with their base types and interfaces, in the order RulesEngine's type provider collects them.</summary>
    private static HashSet<Type> Closure(IEnumerable<Type> types)
    {
        var closure = new HashSet<Type>(types);
        var queue = new Queue<Type>(closure);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (type.BaseType is { } baseType && closure.Add(baseType))
            {
                queue.Enqueue(baseType);
            }

            foreach (var implemented in type.GetInterfaces())
            {
                if (closure.Add(implemented))
                {
                    queue.Enqueue(implemented);
                }
            }
        }

        return closure;
    }

    /// <summary>
    /// RulesEngine's type provider with the assembly scan shared: its types are, in RulesEngine's
    /// order, the scanned ones, then the custom types and the two RulesEngine adds (its expression
    /// helpers and <see cref="Enumerable"/>) with their base types and interfaces, then <see cref="IEnumerable"/>.
    /// </summary>
    private sealed class SharedScanTypeProvider(Type[] customTypes) : RulesEngine.CustomTypeProvider(customTypes)
    {
        private readonly Type[] _customTypes = customTypes;
        private HashSet<Type>? _merged;

        public override HashSet<Type> GetCustomTypes() =>
            _merged ??= [.. Scanned(this), .. Closure([.. _customTypes, typeof(ExpressionUtils), typeof(Enumerable)]), typeof(IEnumerable)];

        public Type[] MarkedTypes(IEnumerable<Assembly> assemblies) => FindTypesMarkedWithDynamicLinqTypeAttribute(assemblies);
    }
}
