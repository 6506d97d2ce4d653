using DpfDomain.Rules.Catalog;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Spectre.Console;

namespace DpfDomain.ConsoleHost;

/// <summary>Builds the generic host: appsettings.json, environment (DPF_…) and command-line overrides, rules, logging and the jobs.</summary>
internal static class HostFactory
{
    public static IHost Build(IReadOnlyDictionary<string, string?> overrides)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddEnvironmentVariables("DPF_").AddInMemoryCollection(overrides.Where(o => o.Value is not null).ToDictionary(o => "Dpf:" + o.Key, o => o.Value));
        var settings = builder.Configuration.GetSection("Dpf").Get<HostSettings>() ?? new HostSettings();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(AnsiConsole.Console);
        builder.Services.AddDpfRules(options =>
        {
            options.County = settings.County;
            if (string.IsNullOrWhiteSpace(settings.RulesFolder))
            {
                foreach (var source in ReferenceCatalog.Sources)
                {
                    options.AddSource(source);
                }
            }
            else
            {
                options.AddDirectory(settings.RulesFolder);
            }
        });
        builder.Services.AddTransient<PopulationJob>();
        builder.Services.AddTransient<GenerateJob>();
        return builder.Build();
    }
}
