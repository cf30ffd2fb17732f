using System.Security.Cryptography;
using System.Text.Json;
using Summarizer.Articles.Reading;
using Summarizer.Pipeline;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Pipeline;

/// <summary>
/// A file that is no longer the content its caller saw settle is deferred, not failed: a row of its own with the reason,
/// counted apart from the failures in the report, in <c>run.json</c>, in <c>report.md</c> and in the progress.
/// </summary>
public sealed class BatchRunnerDeferredTests : IDisposable
{
    private readonly StandInBatch _batch = new();

    private static InputFile Settled(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        return new InputFile(path, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength);
    }

    [Fact]
    public async Task A_file_changed_since_it_settled_is_deferred_with_its_reason_and_is_no_failure()
    {
        Repo.CopySeedsTo(_batch.Inbox, 2);
        var files = Directory.GetFiles(_batch.Inbox).Order(StringComparer.Ordinal).Select(Settled).ToList();
        // The second file is written to after it settled: the batch finds other bytes than the hash it was given.
        File.AppendAllText(files[1].Path, "\nA late line.");
        var events = new List<BatchProgress>();

        var report = await _batch.Runner.RunAsync(
            BatchInputs.Of(files), _batch.Output, new InlineProgress(events.Add), default, maxConcurrency: 1);

        Assert.Equal((1, 0, 1), (report.Succeeded, report.Failed, report.Deferred));
        var deferred = Assert.Single(report.Items, i => i.Deferred is not null);
        Assert.Equal((files[1].Path, InputFile.ChangedSinceSettled), (deferred.Source, deferred.Deferred));
        Assert.Null(deferred.Error);
        Assert.All(events, e => Assert.Equal(0, e.Failed));
        Assert.All(events, e => Assert.Null(e.LastError));

        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(_batch.Output, RunOutput.RunFile)));
        Assert.Equal((1, 0, 1), (run.RootElement.GetProperty("succeeded").GetInt32(), run.RootElement.GetProperty("failed").GetInt32(),
            run.RootElement.GetProperty("deferred").GetInt32()));
        var row = run.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("source").GetString() == files[1].Path);
        Assert.Equal(InputFile.ChangedSinceSettled, row.GetProperty("deferred").GetString());
        Assert.False(row.TryGetProperty("error", out _));

        string markdown = File.ReadAllText(Path.Combine(_batch.Output, RunOutput.ReportFile));
        Assert.Contains("0 failed", markdown);
        Assert.Contains("1 deferred", markdown);
        Assert.DoesNotContain("## Not processed", markdown);
        Assert.Contains("## Deferred", markdown);
    }

    [Fact]
    public async Task A_run_with_nothing_deferred_writes_no_deferred_row_and_counts_none()
    {
        Repo.CopySeedsTo(_batch.Inbox, 1);

        var report = await _batch.Runner.RunAsync(
            BatchInputs.Of([Settled(Directory.GetFiles(_batch.Inbox).Single())]), _batch.Output, null, default);

        Assert.Equal((1, 0, 0), (report.Succeeded, report.Failed, report.Deferred));
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(_batch.Output, RunOutput.RunFile)));
        Assert.Equal(0, run.RootElement.GetProperty("deferred").GetInt32());
        Assert.False(run.RootElement.GetProperty("items")[0].TryGetProperty("deferred", out _));
        Assert.DoesNotContain("deferred", File.ReadAllText(Path.Combine(_batch.Output, RunOutput.ReportFile)), StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _batch.Dispose();
}
