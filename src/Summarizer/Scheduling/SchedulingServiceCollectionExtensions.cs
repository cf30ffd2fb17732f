using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Summarizer.Distributed;
using Summarizer.Scheduling.Clustered;

namespace Summarizer.Scheduling;

/// <summary>Registration of the nightly run.</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>Summarizer:Schedule</c> and registers <see cref="INightlyBatch"/>; when <c>Enabled</c>, also the
    /// <see cref="NightlyRunService"/> hosted service, or, with <c>Summarizer:Schedule:Cluster:Enabled</c>, Quartz's
    /// clustered scheduler; with a RabbitMQ queue the batch goes to the workers. Needs the pipeline (<c>ArticleProcessor</c>, <c>ArticleFileReader</c>) and the cache.
    /// </summary>
    public static IServiceCollection AddSummarizerNightly(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ScheduleOptions.Section);
        services.AddOptions<ScheduleOptions>().Bind(section)
            .Validate(o => CronOk(o), "Summarizer:Schedule:Cron or TimeZone is invalid")
            .Validate(o => o.QuietSeconds >= 0, "Summarizer:Schedule:QuietSeconds must not be negative")
            .Validate(o => o.RememberedContents >= 0, "Summarizer:Schedule:RememberedContents must not be negative")
            .Validate(o => o.CompareWithEarlierHours is >= 0 and <= 24 * 366, "Summarizer:Schedule:CompareWithEarlierHours must be between 0 and 8784 (a year)")
            .Validate(o => o.CompareWithEarlierArticles >= 0, "Summarizer:Schedule:CompareWithEarlierArticles must not be negative").ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new NightlySchedule(sp.GetRequiredService<IOptions<ScheduleOptions>>().Value));
        services.TryAddSingleton<EarlierArticleLoader>();
        services.TryAddSingleton<INightlyBatch, InboxBatch>();
        // With a RabbitMQ queue configured, the nightly batch is handed to the workers.
        if (configuration.GetValue<QueueProvider>($"{QueueOptions.Section}:{nameof(QueueOptions.Provider)}") == QueueProvider.RabbitMQ)
            services.AddSummarizerQueue(configuration, QueueRole.Coordinator);
        if (!section.GetValue(nameof(ScheduleOptions.Enabled), true)) return services;
        if (configuration.GetValue($"{ClusterOptions.Section}:{nameof(ClusterOptions.Enabled)}", false))
            services.AddSummarizerClusteredSchedule(configuration);
        else
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
