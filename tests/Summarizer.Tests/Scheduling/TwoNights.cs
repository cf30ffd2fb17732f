using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Pipeline;
using Summarizer.Scheduling;
using Summarizer.Testing;
using Summarizer.Tests.Caching;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Scheduling;

/// <summary>
/// A nightly inbox on a fake clock for scenarios that run over several nights: files dropped into a temporary inbox,
/// one run per night, the stories each night wrote read back as JSON.
/// </summary>
internal sealed class TwoNights : IDisposable
{
    public static readonly DateTimeOffset FirstNight = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Story B: a cup final, two outlets, nothing to do with the seeds' Ukraine story (story A).</summary>
    public const string CupFinalSportsDaily = """
        Riverside United win the cup final
        Riverside United beat Northgate 3-1 in the cup final at Hillview Stadium on Saturday. Striker Tomas Reyes scored twice before a crowd of 40,000 fans. Coach Maria Ortega praised the defence after the match. Northgate had led early through a penalty.
        """;

    public const string CupFinalGoalWeekly = """
        Northgate lose cup final to Riverside
        Northgate lost the cup final to Riverside United at Hillview Stadium, where Tomas Reyes scored two goals. Ortega said the team had earned the trophy. The crowd of 40,000 fans saw Riverside come from behind to win 3-1.
        """;

    private readonly TempFolder _folder = new();
    private readonly ServiceProvider _services;

    /// <param name="settings">Configuration over the nightly defaults.</param>
    /// <param name="standIns">Services registered before the library's own (<see cref="NightlyServices"/>), besides the clock and the logs.</param>
    public TwoNights(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? standIns = null)
    {
        Inbox = Directory.CreateDirectory(_folder.File("inbox")).FullName;
        Output = _folder.File("out");
        _services = NightlyServices.Build(Inbox, Output, Engine, settings, standIns: services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ILoggerProvider>(Logs);
            standIns?.Invoke(services);
        });
    }

    public string Inbox { get; }

    public string Output { get; }

    public FakeTimeProvider Clock { get; } = new(FirstNight);

    public CountingEngine Engine { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Copies seed <paramref name="seed"/> (all five are story A) into the inbox as <paramref name="name"/>.</summary>
    public string DropSeed(int seed, string name)
    {
        string path = Path.Combine(Inbox, name);
        File.Copy(Repo.SeedFiles.ElementAt(seed), path);
        return path;
    }

    public string Drop(string name, string text)
    {
        string path = Path.Combine(Inbox, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A service of the nights' container (the loader of earlier articles, say), to call directly.</summary>
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public Task<NightlyRunReport> NightAsync() => _services.GetRequiredService<INightlyBatch>().RunAsync(null, default);

    /// <summary>The article id the night gave the inbox file <paramref name="file"/>.</summary>
    public static string IdOf(NightlyRunReport night, string file) =>
        Assert.Single(night.Run.Items, i => i.Source == file).ArticleId!;

    /// <summary>Each story file the night wrote, as JSON.</summary>
    public static IReadOnlyList<JsonElement> Stories(NightlyRunReport night)
    {
        string folder = Path.Combine(night.RunFolder!, RunOutput.StoriesFolder);
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder, "*.json").Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.Clone()).ToList();
    }

    /// <summary>The story of <paramref name="night"/> that has the article <paramref name="articleId"/>.</summary>
    public static JsonElement StoryWith(NightlyRunReport night, string articleId) =>
        Assert.Single(Stories(night), s => Members(s).Any(m => m.GetProperty("id").GetString() == articleId));

    public static IReadOnlyList<JsonElement> Members(JsonElement story) => [.. story.GetProperty("articles").EnumerateArray()];

    /// <summary>The earlier run a story's member is marked with, or null for one of the night's own articles.</summary>
    public static string? EarlierRunOf(JsonElement story, string articleId) =>
        Members(story).Single(m => m.GetProperty("id").GetString() == articleId).TryGetProperty("earlierRun", out var run) ? run.GetString() : null;

    public void Dispose()
    {
        _services.Dispose();
        _folder.Dispose();
    }
}
