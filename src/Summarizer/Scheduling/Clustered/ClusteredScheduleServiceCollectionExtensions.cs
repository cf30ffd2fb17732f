using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Summarizer.Storage;

namespace Summarizer.Scheduling.Clustered;

/// <summary>Registration of the nightly run on Quartz's clustered job store.</summary>
public static class ClusteredScheduleServiceCollectionExtensions
{
    private static readonly JobKey Job = new("nightly-run", "summarizer");
    private static readonly TriggerKey Trigger = new("nightly-run", "summarizer");

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
            quartz.AddTrigger(trigger => trigger.ForJob(Job).WithIdentity(Trigger).WithCronSchedule(schedule.Cron, Cron(schedule, zone)));
        });
        // A starting replica creates the trigger only when the cluster has none: replacing it while another replica
        // fires it could fire one time twice. The stored trigger keeps its history, so a fire missed while every
        // replica was down is seen as missed; ClusteredCronSync reschedules it when the settings changed.
        services.Configure<QuartzOptions>(o =>
        {
            o.Scheduling.OverwriteExistingData = false;
            o.Scheduling.IgnoreDuplicates = true;
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService(sp => new ClusteredCronSync(sp.GetRequiredService<ISchedulerFactory>(),
            TriggerBuilder.Create().ForJob(Job).WithIdentity(Trigger).WithCronSchedule(schedule.Cron, Cron(schedule, zone)).Build(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ClusteredCronSync>>()));
        return services;
    }

    private static Action<CronScheduleBuilder> Cron(ScheduleOptions schedule, TimeZoneInfo zone) => cron =>
    {
        cron.InTimeZone(zone);
        cron.WithMisfireInstruction(schedule.CatchUpMissedRun ? CronTriggerMisfireInstruction.FireAndProceed : CronTriggerMisfireInstruction.DoNothing);
    };
}
