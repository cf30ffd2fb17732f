using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Pipeline;
using Summarizer.Summaries;
using Summarizer.Tests.Caching;
using Summarizer.Tests.Scheduling;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification;

namespace Summarizer.Tests.Pipeline;

/// <summary>A run's reported time includes the story comparison, and its progress says when the comparison starts.</summary>
public sealed class BatchRunnerDurationTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.Zero));
    private readonly string _inbox, _output;
    private readonly ServiceProvider _services;

    public BatchRunnerDurationTests()
    {
        _inbox = Directory.CreateDirectory(_folder.File("inbox")).FullName;
        _output = _folder.File("out");
        Repo.CopySeedsTo(_inbox);
        _services = PipelineServices.Build(new Dictionary<string, string?> { ["Summarizer:Comparison:UseSentenceEmbeddings"] = "false" },
            standIns: services =>
            {
                services.AddSingleton<TimeProvider>(_time);
                services.AddSingleton<ISummaryEngine>(new CountingEngine());
                services.AddSingleton<ISummaryVerifier, AcceptingVerifier>();
            });
    }

    [Fact]
    public async Task Duration_includes_the_story_comparison_which_progress_announces()
    {
        var stages = new List<BatchStage>();
        // Each article "takes" one second on the clock, and the comparison twenty, from the moment it is announced.
        var progress = new InlineProgress(p =>
        {
            stages.Add(p.Stage);
            _time.Advance(TimeSpan.FromSeconds(p.Stage == BatchStage.ComparingStories ? 20 : 1));
        });
        int articles = Repo.SeedFiles.Count();

        var report = await _services.GetRequiredService<IBatchRunner>().RunAsync([_inbox], _output, progress, default, maxConcurrency: 1);

        Assert.Equal(BatchStage.ComparingStories, stages[^1]);
        Assert.Equal(articles, stages.Count(s => s == BatchStage.Articles));
        Assert.Equal(TimeSpan.FromSeconds(articles), report.ArticlesDuration);
        Assert.Equal(TimeSpan.FromSeconds(20), report.ComparisonDuration);
        Assert.Equal(TimeSpan.FromSeconds(articles + 20), report.Duration);
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(_output, RunOutput.RunFile)));
        Assert.Equal(TimeSpan.FromSeconds(articles + 20), TimeSpan.Parse(run.RootElement.GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(TimeSpan.FromSeconds(20), TimeSpan.Parse(run.RootElement.GetProperty("comparisonDuration").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("story comparison 20.00 s", File.ReadAllText(Path.Combine(_output, RunOutput.ReportFile)));
    }

    public void Dispose()
    {
        _services.Dispose();
        _folder.Dispose();
    }
}
