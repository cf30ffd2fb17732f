using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Summarizer.Scheduling;

/// <summary>Registration of the nightly run.</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>Summarizer:Schedule</c> and registers <see cref="INightlyBatch"/>; when <c>Enabled</c>, also the
    /// <see cref="NightlyRunService"/> hosted service. Needs the pipeline (<c>ArticleProcessor</c>, <c>ArticleFileReader</c>) and the cache.
    /// </summary>
    public static IServiceCollection AddSummarizerNightly(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ScheduleOptions.Section);
        services.AddOptions<ScheduleOptions>().Bind(section)
            .Validate(o => CronOk(o), "Summarizer:Schedule:Cron or TimeZone is invalid").ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new NightlySchedule(sp.GetRequiredService<IOptions<ScheduleOptions>>().Value));
        services.TryAddSingleton<INightlyBatch, InboxBatch>();
        if (section.GetValue(nameof(ScheduleOptions.Enabled), true))
        {
            services.TryAddSingleton<NightlyRunService>();
            services.AddHostedService(sp => sp.GetRequiredService<NightlyRunService>());
        }
        return services;
    }

    private static bool CronOk(ScheduleOptions options)
    {
        try
        {
            _ = new NightlySchedule(options);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
