using DpfDomain.Testing;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace DpfDomain.ConsoleHost;

/// <summary>Writes a generated county: a roll and the status lists of the other offices, in the documented layout.</summary>
internal sealed class GenerateJob(HostSettings settings, ILogger<GenerateJob> logger)
{
    public async Task<GeneratedRollManifest> RunAsync(int people, int seed, LocalDate asOf, string folder, RollFileFormat format, RollTextEncoding encoding, CancellationToken cancellationToken)
    {
        var options = new CountyRollOptions { People = people, Seed = seed, County = Identity.DivisionCode.Parse(settings.County), AsOf = asOf };
        var manifest = await new CountyRollGenerator(options).WriteFilesAsync(folder, new RollFileOptions { Format = format, Encoding = encoding }, cancellationToken);
        logger.Generated(people, seed, folder, string.Join(", ", manifest.Files.Values.Select(Path.GetFileName)));
        return manifest;
    }
}
