using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DpfDomain.Identity;
using DpfDomain.Rules.DependencyInjection;
using DpfDomain.Rules.Evaluation;
using DpfDomain.Rules.Loading;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the rule catalog and the eligibility evaluator.</summary>
public static class DpfRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="RuleCatalog"/> (built once, from the configured sources, when first
    /// resolved) and <see cref="IEligibilityEvaluator"/> / <see cref="EligibilityEvaluator"/>
    /// as singletons. The options are checked now and every problem is reported in one
    /// <see cref="DpfRulesConfigurationException"/>. Calling it again adds nothing: the first
    /// registration wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the county and the rule-set sources.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DpfRulesConfigurationException">The options are invalid.</exception>
    /// <exception cref="RuleSetLoadException">With <see cref="DpfRulesOptions.LoadEagerly"/>, the rule sets have problems.</exception>
    public static IServiceCollection AddDpfRules(this IServiceCollection services, Action<DpfRulesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new DpfRulesOptions();
        configure(options);
        var (county, sources) = Validate(options);
        if (options.LoadEagerly)
        {
            services.TryAddSingleton(RuleCatalog.Load(sources));
        }
        else
        {
            services.TryAddSingleton(_ => RuleCatalog.Load(sources));
        }

        services.TryAddSingleton(provider => new EligibilityEvaluator(provider.GetRequiredService<RuleCatalog>(), county));
        services.TryAddSingleton<IEligibilityEvaluator>(provider => provider.GetRequiredService<EligibilityEvaluator>());
        return services;
    }

    private static (DivisionCode County, List<RuleSetSource> Sources) Validate(DpfRulesOptions options)
    {
        var problems = new List<string>();
        var county = default(DivisionCode);
        if (string.IsNullOrWhiteSpace(options.County))
        {
            problems.Add("County is not set: give the six-digit county-level division code the catalog is evaluated for, e.g. \"340123\".");
        }
        else if (DivisionCode.TryParse(options.County) is { Success: false } bad)
        {
            problems.Add($"County \"{options.County}\" is not a division code: {bad.Error.Message}");
        }
        else if (!(county = DivisionCode.Parse(options.County)).IsCountyLevel)
        {
            problems.Add($"County \"{options.County}\" is not county-level (its last two digits are 00).");
        }

        var sources = new List<RuleSetSource>();
        foreach (var directory in options.Directories)
        {
            if (string.IsNullOrWhiteSpace(directory) || !Directory.Exists(directory))
            {
                problems.Add($"The rule-set directory \"{directory}\" does not exist.");
                continue;
            }

            var found = RuleSetSource.FromDirectory(directory);
            if (found.Count == 0)
            {
                problems.Add($"The rule-set directory \"{directory}\" contains no *{RuleSetSource.FileSuffix} file.");
            }

            sources.AddRange(found);
        }

        foreach (var (assembly, prefix) in options.EmbeddedResources)
        {
            if (assembly is null || prefix is null)
            {
                problems.Add("An embedded-resource source has a null assembly or prefix.");
                continue;
            }

            var found = RuleSetSource.FromEmbeddedResources(assembly, prefix);
            if (found.Count == 0)
            {
                problems.Add($"The assembly {assembly.GetName().Name} has no embedded resource named \"{prefix}*{RuleSetSource.FileSuffix}\".");
            }

            sources.AddRange(found);
        }

        if (options.Sources.Any(s => s is null))
        {
            problems.Add("A rule-set source is null.");
        }

        sources.AddRange(options.Sources.Where(s => s is not null));
        if (options.Directories.Count == 0 && options.EmbeddedResources.Count == 0 && options.Sources.Count == 0)
        {
            problems.Add("No rule sets are configured: call AddDirectory, AddEmbeddedResources, AddStream or AddSource.");
        }

        var duplicates = sources.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        problems.AddRange(duplicates.Select(name => $"The rule set \"{name}\" is configured more than once."));
        return problems.Count > 0 ? throw new DpfRulesConfigurationException(problems) : (county, sources);
    }
}
