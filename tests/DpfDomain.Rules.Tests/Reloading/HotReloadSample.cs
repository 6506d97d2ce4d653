using DpfDomain.Identity;
using DpfDomain.People;
using DpfDomain.Rules.Decisions;
using DpfDomain.Rules.Evaluation;
using DpfDomain.Rules.Reloading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace CountyHost;

/// <summary>A host whose rules folder policy staff edit while it runs.</summary>
public static class RulesHost
{
    /// <summary>Broken rules stop the host here; afterwards valid edits go into service without a restart.</summary>
    public static ServiceProvider Start(string rulesFolder) =>
        new ServiceCollection()
            .AddDpfRules(options =>
            {
                options.County = "340123";
                options.AddDirectory(rulesFolder);
                options.LoadEagerly = true;
                options.ReloadOnChange = true;
                options.Reloading.Debounce = TimeSpan.FromMilliseconds(500);
            })
            .BuildServiceProvider(); // disposing it stops watching

    /// <summary>One person: every program decided with one catalog.</summary>
    public static IReadOnlyList<ProgramDecision> Decide(IServiceProvider services, Person person, Household household, LocalDate date) =>
        services.GetRequiredService<IEligibilityEvaluator>().EvaluateAll(person, household, date);

    /// <summary>A batch: the catalog is taken once, so the totals add up even if an edit lands meanwhile; amounts stay per period.</summary>
    public static PeriodTotals Total(IServiceProvider services, IEnumerable<(Person Person, Household Household)> people, LocalDate date)
    {
        var evaluator = services.GetRequiredService<IEligibilityEvaluator>().Snapshot();
        return PeriodTotals.Sum(people.SelectMany(p => evaluator.EvaluateAll(p.Person, p.Household, date)).Select(d => d.Totals));
    }

    /// <summary>Tells policy staff, in Chinese, why their edit is not in service.</summary>
    public static void ShowRefusals(IServiceProvider services, Action<string> show)
    {
        services.GetRequiredService<IRuleCatalogProvider>().Reloaded += (_, reload) =>
        {
            if (reload.Outcome == RuleCatalogReloadOutcome.Refused)
            {
                show($"修改未生效，继续使用第 {reload.Revision.Number} 版：");
                foreach (var problem in reload.Diagnostics)
                {
                    show(problem.Format(chinese: true));
                }
            }
        };
    }

    /// <summary>Without a container: dispose the provider when the host stops.</summary>
    public static (RuleFolderCatalogProvider Rules, EligibilityEvaluator Evaluator) StartWithoutContainer(string rulesFolder, ILogger logger)
    {
        var rules = new RuleFolderCatalogProvider(rulesFolder, new RuleFolderOptions { PollInterval = TimeSpan.FromMinutes(1) }, logger);
        return (rules, new EligibilityEvaluator(rules, DivisionCode.Parse("340123")));
    }

    /// <summary>For a folder without file events (or a "reload now" button): read it at once.</summary>
    public static RuleCatalogReload ReloadNow(IServiceProvider services) =>
        services.GetRequiredService<IRuleCatalogProvider>().Reload();
}
