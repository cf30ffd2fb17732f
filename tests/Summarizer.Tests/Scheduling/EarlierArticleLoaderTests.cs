using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Articles.Reading;
using Summarizer.Comparisons;
using Summarizer.Scheduling;

namespace Summarizer.Tests.Scheduling;

/// <summary>
/// An earlier article's summary is read back from its run folder only when the file is that article's summary: a file
/// under the article's name whose summary id is another's (a hand copy) is not used, and the run goes on without it.
/// </summary>
public sealed class EarlierArticleLoaderTests : IDisposable
{
    private readonly TwoNights _nights = new();

    /// <summary>Night 1 summarises seeds 0 and 1; then the first's summary file is overwritten with the second's.</summary>
    private async Task<(string FirstId, string SecondId)> NightWithSwappedSummaryAsync()
    {
        string first = _nights.DropSeed(0, "a-first.txt"), second = _nights.DropSeed(1, "a-second.txt");
        var night1 = await _nights.NightAsync();
        string firstId = TwoNights.IdOf(night1, first), secondId = TwoNights.IdOf(night1, second);
        // Valid JSON, a whole summary, but of the other article: its id does not match the one state.json records.
        File.Copy(Path.Combine(night1.RunFolder!, secondId + ".json"), Path.Combine(night1.RunFolder!, firstId + ".json"), overwrite: true);
        _nights.Clock.Advance(TimeSpan.FromHours(24));
        return (firstId, secondId);
    }

    /// <summary>What the loader gives tonight from the state night 1 left and the files in the inbox.</summary>
    private async Task<IReadOnlyList<ComparisonInput>> LoadEarlierAsync()
    {
        var state = await new RunStateStore(_nights.Output, NullLogger.Instance, _nights.Clock).LoadAsync(default);
        var inbox = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(_nights.Inbox))
            if (await SettledFile.TryHashAsync(file, _nights.Clock.GetUtcNow(), TimeSpan.Zero, default) is { } settled)
                inbox[settled.Hash] = new InputFile(file, settled.Hash, settled.Length);
        return (await _nights.Get<EarlierArticleLoader>().LoadAsync(state.Contents, inbox, _nights.Clock.GetUtcNow(), default)).Articles;
    }

    [Fact]
    public async Task An_earlier_summary_whose_id_is_another_articles_is_not_used_and_one_whose_id_matches_is()
    {
        var (firstId, secondId) = await NightWithSwappedSummaryAsync();

        var earlier = await LoadEarlierAsync();

        // Both articles are still loaded (text and facts); only the mismatching summary is left out.
        var first = Assert.Single(earlier, e => e.Article.Id == firstId);
        Assert.Null(first.Summary);
        Assert.NotNull(first.Earlier);
        Assert.Equal(secondId, Assert.Single(earlier, e => e.Article.Id == secondId).Summary?.Id);
        Assert.Contains(_nights.Logs.Lines, l => l.Contains(firstId + ".json", StringComparison.Ordinal)
            && l.Contains($"summary of article {secondId}, not of {firstId}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tonights_run_succeeds_and_compares_the_article_whose_earlier_summary_was_rejected()
    {
        var (firstId, secondId) = await NightWithSwappedSummaryAsync();
        string third = _nights.DropSeed(2, "a-third.txt");

        var night2 = await _nights.NightAsync();

        Assert.Equal((1, 0), (night2.Run.Succeeded, night2.Run.Failed));
        var story = TwoNights.StoryWith(night2, TwoNights.IdOf(night2, third));
        Assert.NotNull(TwoNights.EarlierRunOf(story, firstId));
        Assert.NotNull(TwoNights.EarlierRunOf(story, secondId));
    }

    public void Dispose() => _nights.Dispose();
}
