using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Summarizer.Storage;

namespace Summarizer.Scheduling.Clustered;

/// <summary>Registration of the nightly run on Quartz's clustered job store.</summary>
public static class ClusteredScheduleServiceCollectionExtensions
{
    private static readonly JobKey Job = new("nightly-run", "summarizer");

    /// <summary>
    /// Schedules <see cref="NightlyRunJob"/> on <c>Summarizer:Schedule:Cron</c> in Quartz's ADO job store on the
    /// PostgreSQL store, clustered: every replica runs the scheduler, the database decides which one fires. Quartz
    /// creates its tables when they are missing. A fire missed while every replica was down is run once at start when
    /// <c>CatchUpMissedRun</c> is on (misfire: fire once and proceed), else skipped.
    /// </summary>
    public static IServiceCollection AddSummarizerClusteredSchedule(this IServiceCollection services, IConfiguration configuration)
    {
        var schedule = configuration.GetSection(ScheduleOptions.Section).Get<ScheduleOptions>() ?? new ScheduleOptions();
        var cluster = configuration.GetSection(ClusterOptions.Section).Get<ClusterOptions>() ?? new ClusterOptions();
        var store = configuration.GetSection(StoreOptions.Section).Get<StoreOptions>() ?? new StoreOptions();
        if (store.Provider != StoreProvider.Postgres || string.IsNullOrWhiteSpace(store.ConnectionString))
            throw new InvalidOperationException($"{ClusterOptions.Section}:Enabled needs {StoreOptions.Section}:Provider=Postgres and a ConnectionString");
        var zone = NightlySchedule.ResolveTimeZone(schedule.TimeZone);

        services.AddQuartz(quartz =>
        {
            // One instance name for the cluster, a generated id per replica.
            quartz.ConfigureScheduler(o =>
            {
                o.InstanceName = "summarizer";
                o.GenerateInstanceId = true;
            });
            quartz.UsePersistentStore(persistent =>
            {
                persistent.UsePostgres(store.ConnectionString);
                persistent.UseSystemTextJsonSerializer();
                persistent.UseClustering(c =>
                {
                    c.CheckinInterval = TimeSpan.FromSeconds(cluster.CheckinIntervalSeconds);
                    c.CheckinMisfireThreshold = TimeSpan.FromSeconds(cluster.CheckinIntervalSeconds * 2);
                });
                persistent.ConfigureStore(o => o.MisfireThreshold = TimeSpan.FromSeconds(cluster.MisfireThresholdSeconds));
                persistent.ProvisionSchema();
            });
            quartz.AddJob<NightlyRunJob>(job => job.WithIdentity(Job).StoreDurably());
            quartz.AddTrigger(trigger => trigger.ForJob(Job).WithIdentity("nightly-run", "summarizer")
                .WithCronSchedule(schedule.Cron, cron =>
                {
                    cron.InTimeZone(zone);
                    cron.WithMisfireInstruction(schedule.CatchUpMissedRun ? CronTriggerMisfireInstruction.FireAndProceed : CronTriggerMisfireInstruction.DoNothing);
                }));
        });
        // Each start re-declares the trigger (so a changed cron takes effect) but keeps its firing history, so a fire
        // missed while the cluster was down is still seen as missed.
        services.Configure<QuartzOptions>(o =>
        {
            o.Scheduling.OverwriteExistingData = true;
            o.Scheduling.ScheduleTriggerRelativeToReplacedTrigger = true;
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
