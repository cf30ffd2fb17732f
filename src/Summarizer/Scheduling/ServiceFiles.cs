using Microsoft.Extensions.Configuration;
using Summarizer.Caching;
using Summarizer.Pipeline;

namespace Summarizer.Scheduling;

/// <summary>
/// The one place that says which files are the service's own (<see cref="OwnFiles"/>), for <c>summarizer run</c>
/// expanding an input folder and for the nightly run listing its inbox: a run's output folder, the stage cache's
/// database (<c>Summarizer:Cache:Path</c>), the nightly run's output folder (<c>Summarizer:Schedule:Output</c>) and
/// the inbox's quarantine.
/// </summary>
public static class ServiceFiles
{
    /// <summary>The service's own files under <paramref name="schedule"/> and <paramref name="cache"/>, and this run's output folder when <paramref name="runOutput"/> names one.</summary>
    public static OwnFiles Of(ScheduleOptions schedule, CacheOptions cache, string? runOutput = null)
    {
        var own = runOutput is null ? new OwnFiles() : OwnFiles.OfRun(runOutput);
        own.Database(cache.Path, $"the stage cache ({CacheOptions.Section}:Path)")
            .Folder(schedule.Output, $"the nightly run's output folder ({ScheduleOptions.Section}:Output)");
        // An empty inbox setting names no inbox: "./quarantine" under the input would be the user's own folder.
        return string.IsNullOrWhiteSpace(schedule.Inbox) ? own
            : own.Folder(Path.Combine(schedule.Inbox, InboxBatch.QuarantineFolder), "the nightly inbox's quarantine");
    }

    /// <summary><see cref="Of(ScheduleOptions, CacheOptions, string?)"/> with the settings read from <paramref name="configuration"/>.</summary>
    public static OwnFiles Of(IConfiguration configuration, string? runOutput = null) => Of(
        configuration.GetSection(ScheduleOptions.Section).Get<ScheduleOptions>() ?? new ScheduleOptions(),
        configuration.GetSection(CacheOptions.Section).Get<CacheOptions>() ?? new CacheOptions(),
        runOutput);
}
