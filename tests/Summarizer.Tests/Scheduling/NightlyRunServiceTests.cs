using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Testing;
using Summarizer.Scheduling;

namespace Summarizer.Tests.Scheduling;

public class NightlyRunServiceTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TwoAm = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);

    private static NightlyRunService Service(FakeNightlyBatch batch, CountingTimeProvider time, ILogger<NightlyRunService>? logger = null) =>
        new(batch, new NightlySchedule(new ScheduleOptions { TimeZone = "UTC" }), time, logger ?? NullLogger<NightlyRunService>.Instance);

    [Fact]
    public async Task The_next_run_is_announced_once_however_long_the_wait()
    {
        var time = new CountingTimeProvider(TwoAm.AddMinutes(1));
        var batch = new FakeNightlyBatch(TwoAm);
        var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Information));
        using var service = Service(batch, time, factory.CreateLogger<NightlyRunService>());
        await service.StartAsync(default);

        // Nearly a day of hour-long waits until the next fire time.
        for (int hour = 0; hour < 23; hour++)
        {
            await time.WaitForTimersAsync(hour + 1);
            time.Advance(TimeSpan.FromHours(1));
        }
        await service.StopAsync(default);

        Assert.Single(logs.Lines, l => l.Contains("Next nightly run at"));
        Assert.False(batch.HasPendingRun);
    }

    [Fact]
    public async Task Waits_for_the_fire_time_then_runs()
    {
        var time = new CountingTimeProvider(Start);
        var batch = new FakeNightlyBatch(Start.AddHours(-20));
        using var service = Service(batch, time);
        await service.StartAsync(default);

        await time.WaitForTimersAsync(1);
        time.Advance(TimeSpan.FromMinutes(59));
        Assert.False(batch.HasPendingRun);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(TwoAm, await batch.NextRunAsync());

        // Then the next night, in hour-long waits.
        for (int hour = 0; hour < 24; hour++)
        {
            await time.WaitForTimersAsync(2 + hour);
            time.Advance(TimeSpan.FromHours(1));
        }
        Assert.Equal(TwoAm.AddDays(1), await batch.NextRunAsync());
        await service.StopAsync(default);
    }

    [Fact]
    public async Task A_missed_run_is_caught_up_at_start()
    {
        var time = new CountingTimeProvider(Start);
        var batch = new FakeNightlyBatch(Start.AddDays(-3));
        using var service = Service(batch, time);
        await service.StartAsync(default);

        Assert.Equal(Start, await batch.NextRunAsync());
        // Caught up once, then back to the schedule.
        await time.WaitForTimersAsync(1);
        Assert.False(batch.HasPendingRun);
        time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(TwoAm, await batch.NextRunAsync());
        await service.StopAsync(default);
    }

    [Fact]
    public async Task Stopping_while_waiting_ends_promptly()
    {
        var time = new CountingTimeProvider(Start);
        using var service = Service(new FakeNightlyBatch(null), time);
        await service.StartAsync(default);
        await time.WaitForTimersAsync(1);
        await service.StopAsync(default).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(service.ExecuteTask!.IsCompleted);
    }
}
