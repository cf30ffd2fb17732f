using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Summarizer.Articles.Reading;
using Summarizer.Pipeline;
using Summarizer.Scheduling;
using Summarizer.Testing;
using Summarizer.Tests.Caching;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Scheduling;

/// <summary>
/// Only a settled file's hash is kept until the batch takes it: the batch reads it again and summarises it only when it
/// is still the content that settled; a file written to or removed meanwhile is left for the next run.
/// </summary>
public sealed class InboxChangedBeforeBatchTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly CountingEngine _engine = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly string _inbox;
    private readonly ServiceProvider _services;
    private Action _beforeBatch = () => { };

    public InboxChangedBeforeBatchTests()
    {
        _inbox = Directory.CreateDirectory(_folder.File("inbox")).FullName;
        _services = NightlyServices.Build(_inbox, _folder.File("out"), _engine, standIns: services =>
        {
            services.AddSingleton<ILoggerProvider>(_logs);
            services.AddSingleton<IBatchRunner>(sp => new InterceptedRunner(sp.GetRequiredService<BatchRunner>(), () => _beforeBatch()));
        });
    }

    private Task<NightlyRunReport> NightAsync() => _services.GetRequiredService<INightlyBatch>().RunAsync(null, default);

    [Fact]
    public async Task A_file_changed_between_settling_and_the_batch_is_not_summarised_and_is_taken_by_the_next_run()
    {
        Repo.CopySeedsTo(_inbox, 2);
        string changing = Directory.GetFiles(_inbox).Order(StringComparer.Ordinal).First();
        string other = Directory.GetFiles(_inbox).Order(StringComparer.Ordinal).Last();
        // Between the settled check and the batch the file is half rewritten.
        _beforeBatch = () => File.WriteAllText(changing, "Half a new versi");

        var night = await NightAsync();

        Assert.Equal(other, Assert.Single(night.Run.Items).Source);
        Assert.Equal((1, 0), (night.Run.Succeeded, night.Run.Failed));
        Assert.Equal([changing], night.StillBeingWritten);
        Assert.Empty(night.Quarantined);
        Assert.True(File.Exists(changing));
        Assert.Equal(1, _engine.Calls);
        Assert.Contains(_logs.Lines, l => l.Contains(changing, StringComparison.Ordinal) && l.Contains("left for the next run", StringComparison.Ordinal));

        // Not marked done: the next run takes the file as it is by then.
        _beforeBatch = () => { };
        File.WriteAllText(changing, File.ReadAllText(Repo.SeedFiles.ElementAt(2)));
        var next = await NightAsync();
        Assert.Equal(changing, Assert.Single(next.Run.Items).Source);
        Assert.Equal(1, next.Run.Succeeded);
    }

    [Fact]
    public async Task The_batchs_run_json_counts_a_file_changed_before_the_batch_as_deferred_not_failed()
    {
        Repo.CopySeedsTo(_inbox, 2);
        string changing = Directory.GetFiles(_inbox).Order(StringComparer.Ordinal).First();
        _beforeBatch = () => File.WriteAllText(changing, "Half a new versi");

        var night = await NightAsync();

        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(night.RunFolder!, RunOutput.RunFile)));
        Assert.Equal((1, 0, 1), (run.RootElement.GetProperty("succeeded").GetInt32(), run.RootElement.GetProperty("failed").GetInt32(),
            run.RootElement.GetProperty("deferred").GetInt32()));
        var row = run.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("source").GetString() == changing);
        Assert.Equal(InputFile.ChangedSinceSettled, row.GetProperty("deferred").GetString());
        Assert.False(row.TryGetProperty("error", out _));
        Assert.DoesNotContain("## Not processed", File.ReadAllText(Path.Combine(night.RunFolder!, RunOutput.ReportFile)));
        // The nightly report still lists it as left for the next run, not among its rows, and nothing failed.
        Assert.Equal([changing], night.StillBeingWritten);
        Assert.Equal((1, 0), (night.Run.Succeeded, night.Run.Failed));
    }

    [Fact]
    public async Task A_file_removed_between_settling_and_the_batch_is_neither_a_failure_nor_quarantined()
    {
        Repo.CopySeedsTo(_inbox, 1);
        string file = Directory.GetFiles(_inbox).Single();
        _beforeBatch = () => File.Delete(file);

        var night = await NightAsync();

        Assert.Empty(night.Run.Items);
        Assert.Empty(night.Quarantined);
        Assert.Equal([file], night.StillBeingWritten);
        Assert.Equal(0, _engine.Calls);
    }

    [Fact]
    public async Task A_file_unchanged_since_it_settled_is_summarised_from_the_bytes_read_again()
    {
        Repo.CopySeedsTo(_inbox, 1);
        string file = Directory.GetFiles(_inbox).Single();
        // Touched but not changed: the content, not the time stamp, is what must be the same.
        _beforeBatch = () => File.SetLastWriteTimeUtc(file, DateTime.UtcNow);

        var night = await NightAsync();

        Assert.Equal(file, Assert.Single(night.Run.Items).Source);
        Assert.Equal(1, night.Run.Succeeded);
        Assert.Empty(night.StillBeingWritten);
    }

    public void Dispose()
    {
        _services.Dispose();
        _folder.Dispose();
    }

    /// <summary>The real batch runner, with something happening to the inbox just before it starts.</summary>
    private sealed class InterceptedRunner(IBatchRunner inner, Action before) : IBatchRunner
    {
        public Task<RunReport> RunAsync(IReadOnlyList<string> inputs, string outputFolder, IProgress<BatchProgress>? progress,
            CancellationToken cancellationToken, int? maxConcurrency = null)
        {
            before();
            return inner.RunAsync(inputs, outputFolder, progress, cancellationToken, maxConcurrency);
        }

        public Task<RunReport> RunAsync(BatchInputs inputs, string outputFolder, IProgress<BatchProgress>? progress,
            CancellationToken cancellationToken, int? maxConcurrency = null)
        {
            before();
            return inner.RunAsync(inputs, outputFolder, progress, cancellationToken, maxConcurrency);
        }
    }
}
