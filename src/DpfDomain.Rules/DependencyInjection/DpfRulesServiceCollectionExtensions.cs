using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Ardalis.GuardClauses;
using DpfDomain.Identity;
using DpfDomain.Rules.Catalog;
using DpfDomain.Rules.DependencyInjection;
using DpfDomain.Rules.Evaluation;
using DpfDomain.Rules.Loading;
using DpfDomain.Rules.Reloading;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using DpfDomain.Rules.Diagnostics.Messages;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the rule catalog and the eligibility evaluator.</summary>
public static class DpfRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="RuleCatalog"/> (built once, from the configured sources, when first
    /// resolved), <see cref="IRuleCatalogProvider"/> (a <see cref="FixedRuleCatalogProvider"/>
    /// over it) and <see cref="IEligibilityEvaluator"/> / <see cref="EligibilityEvaluator"/> as
    /// singletons. With <see cref="DpfRulesOptions.ReloadOnChange"/>, <see cref="IRuleCatalogProvider"/>
    /// is a <see cref="RuleFolderCatalogProvider"/> watching the directories (disposed with the
    /// container), the evaluator follows it, and <see cref="RuleCatalog"/> resolves to the catalog
    /// in service at that moment (a singleton that keeps it keeps that version: depend on
    /// <see cref="IRuleCatalogProvider"/> instead). The options are checked now and every problem
    /// is reported in one <see cref="DpfRulesConfigurationException"/>. Calling it again adds
    /// nothing: the first registration wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the county and the rule-set sources.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DpfRulesConfigurationException">The options are invalid.</exception>
    /// <exception cref="RuleSetLoadException">With <see cref="DpfRulesOptions.LoadEagerly"/>, the rule sets have problems.</exception>
    public static IServiceCollection AddDpfRules(this IServiceCollection services, Action<DpfRulesOptions> configure)
    {
        Guard.Against.Null(services);
        Guard.Against.Null(configure);
        var options = new DpfRulesOptions();
        configure(options);
        var (county, folderSources, otherSources) = Validate(options);
        if (services.Any(d => d.ServiceType == typeof(IRuleCatalogProvider)))
        {
            return services;
        }

        if (options.ReloadOnChange)
        {
            AddReloading(services, options, county, otherSources);
        }
        else
        {
            AddFixed(services, options.LoadEagerly, county, [.. folderSources, .. otherSources]);
        }

        return services;
    }

    private static void AddFixed(IServiceCollection services, bool loadEagerly, DivisionCode county, List<RuleSetSource> sources)
    {
        if (loadEagerly)
        {
            services.TryAddSingleton(RuleCatalog.Load(sources));
        }
        else
        {
            services.TryAddSingleton(_ => RuleCatalog.Load(sources));
        }

        services.TryAddSingleton<IRuleCatalogProvider>(provider => new FixedRuleCatalogProvider(provider.GetRequiredService<RuleCatalog>()));
        services.TryAddSingleton(provider => new EligibilityEvaluator(provider.GetRequiredService<RuleCatalog>(), county));
        services.TryAddSingleton<IEligibilityEvaluator>(provider => provider.GetRequiredService<EligibilityEvaluator>());
    }

    private static void AddReloading(IServiceCollection services, DpfRulesOptions options, DivisionCode county, List<RuleSetSource> otherSources)
    {
        List<string> folders = [.. options.Directories];
        var reloading = options.Reloading.Copy();

        // Loaded now only so that broken rules stop the host at registration; handed to the
        // provider once and then forgotten here, so that it can be collected once replaced.
        var loaded = new StrongBox<RuleCatalog?>(options.LoadEagerly ? RuleFolderCatalogProvider.LoadFirst(folders, otherSources) : null);
        services.TryAddSingleton(provider => new RuleFolderCatalogProvider(
            folders,
            otherSources,
            reloading,
            provider.GetService<ILogger<RuleFolderCatalogProvider>>(),
            Interlocked.Exchange(ref loaded.Value, null)));
        services.TryAddSingleton<IRuleCatalogProvider>(provider => provider.GetRequiredService<RuleFolderCatalogProvider>());
        services.TryAddTransient(provider => provider.GetRequiredService<IRuleCatalogProvider>().Current);
        services.TryAddSingleton(provider => new EligibilityEvaluator(provider.GetRequiredService<IRuleCatalogProvider>(), county));
        services.TryAddSingleton<IEligibilityEvaluator>(provider => provider.GetRequiredService<EligibilityEvaluator>());
    }

    private static (DivisionCode County, List<RuleSetSource> FolderSources, List<RuleSetSource> OtherSources) Validate(DpfRulesOptions options)
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
                problems.Add(ConfigurationMessages.DirectoryMissing(directory));
                continue;
            }

            var found = RuleSetSource.FromDirectory(directory);
            if (found.Count == 0)
            {
                problems.Add($"The rule-set directory \"{directory}\" contains no *{RuleSetSource.FileSuffix} file.");
            }

            sources.AddRange(found);
        }

        var folderSources = sources;
        sources = [];
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
            problems.Add(ConfigurationMessages.NoRuleSets());
        }

        var duplicates = folderSources.Concat(sources).GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        problems.AddRange(duplicates.Select(ConfigurationMessages.ConfiguredTwice));
        if (options.ReloadOnChange)
        {
            if (options.Directories.Count == 0)
            {
                problems.Add(ConfigurationMessages.ReloadWithoutDirectory());
            }

            problems.AddRange(options.Reloading.Problems());
        }

        return problems.Count > 0 ? throw new DpfRulesConfigurationException(problems) : (county, folderSources, sources);
    }
}
