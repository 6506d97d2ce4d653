using Microsoft.Extensions.Logging;

namespace DpfDomain.ConsoleHost;

/// <summary>Every log line the host writes. None takes personal data: only file names, counts, dates and rates.</summary>
internal static partial class HostLog
{
    [LoggerMessage(1, LogLevel.Information, "Generated {People} people (seed {Seed}) in {Folder}: {Files}")]
    public static partial void Generated(this ILogger logger, int people, int seed, string folder, string files);

    [LoggerMessage(2, LogLevel.Information, "Evaluating {Roll} with {Lists} status list(s) on {Date}")]
    public static partial void Evaluating(this ILogger logger, string roll, int lists, string date);

    [LoggerMessage(3, LogLevel.Error, "The run stopped: {Position} cannot be read; no output file was changed")]
    public static partial void Unreadable(this ILogger logger, string position);

    [LoggerMessage(4, LogLevel.Information, "Done: {People} people, {Households} households, {Decisions} decisions in {Seconds} s ({Rate} people/s); {Rejected} row(s) rejected; peak memory {PeakMegabytes} MB")]
    public static partial void Done(this ILogger logger, long people, long households, long decisions, string seconds, string rate, int rejected, long peakMegabytes);

    [LoggerMessage(5, LogLevel.Information, "Previous run: {Eligible} eligible decision(s) from {File}; {Problems} line(s) unreadable")]
    public static partial void Previous(this ILogger logger, int eligible, string file, int problems);

    [LoggerMessage(6, LogLevel.Information, "{Progress}")]
    public static partial void Progress(this ILogger logger, string progress);

    [LoggerMessage(7, LogLevel.Error, "The pseudonym key file {KeyFile} does not hold a key (base64, at least {Bytes} bytes); restore it from the county's records or give another with --key-file.")]
    public static partial void BadKey(this ILogger logger, string keyFile, int bytes);

    [LoggerMessage(8, LogLevel.Warning, "Created a new pseudonym key in {KeyFile}. Keep it: next month's change list needs the same key. Do not send it with the output files.")]
    public static partial void KeyCreated(this ILogger logger, string keyFile);
}
