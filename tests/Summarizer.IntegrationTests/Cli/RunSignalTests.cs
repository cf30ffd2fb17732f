using System.Text.Json;
using System.Text.RegularExpressions;

namespace Summarizer.IntegrationTests.Cli;

/// <summary>The executable itself, stopped by a real signal in the middle of a run.</summary>
public sealed class RunSignalTests : IAsyncLifetime
{
    private const int Articles = 400;
    private readonly string _work = Directory.CreateTempSubdirectory("summarizer-signal-").FullName;

    public Task InitializeAsync()
    {
        // Enough distinct articles that the run is still busy when the signal arrives after the first one.
        string inbox = Directory.CreateDirectory(Path.Combine(_work, "inbox")).FullName;
        var seeds = Directory.GetFiles(SeedArticles.Folder).Order(StringComparer.Ordinal).ToList();
        for (int i = 0; i < Articles; i++)
            File.WriteAllText(Path.Combine(inbox, $"a{i:D3}.txt"),
                File.ReadAllText(seeds[i % seeds.Count]) + $"\n\nEditor's note {i}: this copy number {i} was filed for the late edition.\n");
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_work, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Sigterm_stops_a_run_which_writes_its_finished_articles_marked_cancelled_and_exits_143()
    {
        string output = Path.Combine(_work, "out");
        await using var run = HostProcess.Start(_work, new Dictionary<string, string> { ["Summarizer__Cache__Enabled"] = "false" },
            "run", Path.Combine(_work, "inbox"), "--out", output);
        await run.WaitForOutputAsync("[1/", TimeSpan.FromMinutes(2));

        await run.StopAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(143, await run.WaitForExitAsync(TimeSpan.FromSeconds(10)));
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        Assert.True(report.RootElement.GetProperty("cancelled").GetBoolean());
        int finished = report.RootElement.GetProperty("items").GetArrayLength();
        Assert.InRange(finished, 1, Articles - 1);
        Assert.Equal(Articles - finished, report.RootElement.GetProperty("notProcessed").GetInt32());
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
        Assert.False(Directory.Exists(Path.Combine(output, "stories")));
    }

    [Fact]
    public async Task Sigterm_stops_a_distributed_run_on_the_in_process_queue_like_a_local_one()
    {
        string output = Path.Combine(_work, "out-distributed");
        await using var run = HostProcess.Start(_work, new Dictionary<string, string> { ["Summarizer__Cache__Enabled"] = "false" },
            "run", Path.Combine(_work, "inbox"), "--distributed", "--out", output);
        // The coordinator reports outcomes as they arrive: "[0/400]" once the articles are sent, then "[n/400]".
        await run.WaitForOutputAsync(new Regex(@"\[[1-9][0-9]*/400\]"), TimeSpan.FromMinutes(2));

        await run.StopAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(143, await run.WaitForExitAsync(TimeSpan.FromSeconds(10)));
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        Assert.True(report.RootElement.GetProperty("cancelled").GetBoolean());
        int finished = report.RootElement.GetProperty("items").GetArrayLength();
        Assert.InRange(finished, 0, Articles - 1);
        Assert.Equal(Articles - finished, report.RootElement.GetProperty("notProcessed").GetInt32());
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
        Assert.False(Directory.Exists(Path.Combine(output, "stories")));
        // The in-process consumers stopped with the run, before the services they use were disposed.
        Assert.DoesNotContain("ObjectDisposedException", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("R-FAULT", run.Output, StringComparison.Ordinal);
    }
}
