using Summarizer.Scheduling;

namespace Summarizer.Tests.Scheduling;

public class NightlyScheduleTests
{
    private static NightlySchedule Schedule(string cron = "0 0 2 * * ?", string? zone = "UTC", bool catchUp = true) =>
        new(new ScheduleOptions { Cron = cron, TimeZone = zone, CatchUpMissedRun = catchUp });

    private static readonly DateTimeOffset Noon = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Default_cron_fires_at_two_in_the_morning_next_day() =>
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 2, 0, 0, TimeSpan.Zero), Schedule().NextRun(Noon, Noon.AddHours(-1)));

    [Fact]
    public void The_cron_is_read_in_its_time_zone()
    {
        // 02:00 in Paris in winter is 01:00 UTC; in summer (after 29 March 2026) it is 00:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 1, 0, 0, TimeSpan.Zero), Schedule(zone: "Europe/Paris").NextRun(Noon, null));
        var summer = new DateTimeOffset(2026, 6, 10, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 6, 11, 0, 0, 0, TimeSpan.Zero), Schedule(zone: "Europe/Paris").NextRun(summer, null));
    }

    [Fact]
    public void A_run_missed_while_down_is_caught_up_now()
    {
        var lastRun = Noon.AddDays(-2);
        Assert.Equal(Noon, Schedule().NextRun(Noon, lastRun));
    }

    [Fact]
    public void No_catch_up_when_switched_off_or_before_the_first_run()
    {
        var tomorrow = new DateTimeOffset(2026, 3, 11, 2, 0, 0, TimeSpan.Zero);
        Assert.Equal(tomorrow, Schedule(catchUp: false).NextRun(Noon, Noon.AddDays(-2)));
        Assert.Equal(tomorrow, Schedule().NextRun(Noon, null));
    }

    [Fact]
    public void No_catch_up_when_the_last_run_was_after_the_last_fire_time() =>
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 2, 0, 0, TimeSpan.Zero), Schedule().NextRun(Noon, Noon.AddHours(-9)));

    [Theory]
    [InlineData("not a cron", "UTC")]
    [InlineData("0 0 2 * * ?", "Mars/Olympus_Mons")]
    public void Bad_cron_or_zone_is_a_clear_error(string cron, string zone) =>
        Assert.Contains("Summarizer:Schedule", Assert.Throws<ArgumentException>(() => Schedule(cron, zone)).Message);
}
