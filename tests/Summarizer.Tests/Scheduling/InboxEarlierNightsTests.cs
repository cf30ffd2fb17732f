using System.Text.Json;

namespace Summarizer.Tests.Scheduling;

/// <summary>Tonight's stories are clustered with the articles of earlier nights, which are marked as such and never summarised again.</summary>
public sealed class InboxEarlierNightsTests : IDisposable
{
    private readonly TwoNights _nights = new();

    [Fact]
    public async Task Tonights_comparison_of_a_running_story_includes_last_nights_outlets_marked_earlier_and_an_unrelated_story_has_none()
    {
        string ap = _nights.DropSeed(0, "a-first.txt"), bloomberg = _nights.DropSeed(1, "a-second.txt");
        var night1 = await _nights.NightAsync();
        _nights.Clock.Advance(TimeSpan.FromHours(24));
        string third = _nights.DropSeed(2, "a-third.txt");
        string sports = _nights.Drop("b-sports.txt", TwoNights.CupFinalSportsDaily), goal = _nights.Drop("b-goal.txt", TwoNights.CupFinalGoalWeekly);
        var night2 = await _nights.NightAsync();

        var storyA = TwoNights.StoryWith(night2, TwoNights.IdOf(night2, third));
        Assert.Equal(3, TwoNights.Members(storyA).Count);
        foreach (var earlier in new[] { ap, bloomberg })
            Assert.Equal(night1.Run.RunId, TwoNights.EarlierRunOf(storyA, TwoNights.IdOf(night1, earlier)));
        var earlierMember = TwoNights.Members(storyA).First(m => m.TryGetProperty("earlierRun", out _));
        Assert.Equal(TwoNights.FirstNight, earlierMember.GetProperty("earlierRunAt").GetDateTimeOffset());
        Assert.Null(TwoNights.EarlierRunOf(storyA, TwoNights.IdOf(night2, third)));

        var storyB = TwoNights.StoryWith(night2, TwoNights.IdOf(night2, sports));
        Assert.Equal(
            new[] { TwoNights.IdOf(night2, sports), TwoNights.IdOf(night2, goal) }.Order(),
            TwoNights.Members(storyB).Select(m => m.GetProperty("id").GetString()!).Order());
        Assert.All(TwoNights.Members(storyB), m => Assert.False(m.TryGetProperty("earlierRun", out _)));
        Assert.Equal(2, TwoNights.Stories(night2).Count);
        // The earlier articles were read back, not summarised again; the report tells them apart too.
        Assert.Equal(5, _nights.Engine.Calls);
        Assert.Contains($"(earlier run {night1.Run.RunId}, 2026-11-30 02:00 UTC)", File.ReadAllText(Path.Combine(night2.RunFolder!, "report.md")));
    }

    [Fact]
    public async Task A_story_of_earlier_articles_alone_is_not_reported_again()
    {
        _nights.DropSeed(0, "a-first.txt");
        _nights.DropSeed(1, "a-second.txt");
        await _nights.NightAsync();
        _nights.Clock.Advance(TimeSpan.FromHours(24));
        _nights.Drop("b-sports.txt", TwoNights.CupFinalSportsDaily);
        _nights.Drop("b-goal.txt", TwoNights.CupFinalGoalWeekly);

        var night2 = await _nights.NightAsync();

        var story = Assert.Single(TwoNights.Stories(night2));
        Assert.All(TwoNights.Members(story), m => Assert.False(m.TryGetProperty("earlierRun", out _)));
    }

    [Fact]
    public async Task A_repeat_of_an_earlier_file_and_an_article_read_again_tonight_are_each_in_the_story_once()
    {
        string first = _nights.DropSeed(0, "a-first.txt");
        string second = _nights.DropSeed(1, "a-second.txt");
        var night1 = await _nights.NightAsync();
        _nights.Clock.Advance(TimeSpan.FromHours(24));
        // A byte-for-byte repeat of the first file (an earlier night's duplicate), and the second's article in new bytes.
        string repeat = _nights.DropSeed(0, "a-first-again.txt");
        string resent = _nights.Drop("a-second-resent.txt", File.ReadAllText(second) + "\n\n");
        string third = _nights.DropSeed(2, "a-third.txt");

        var night2 = await _nights.NightAsync();

        Assert.Equal(night1.Run.RunId, Assert.Single(night2.Run.Items, i => i.Source == repeat).DuplicateOfRun);
        var story = TwoNights.StoryWith(night2, TwoNights.IdOf(night2, third));
        var ids = TwoNights.Members(story).Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(3, ids.Count);
        Assert.Equal(night1.Run.RunId, TwoNights.EarlierRunOf(story, TwoNights.IdOf(night1, first)));
        // The article summarised again tonight (new bytes, the same cleaned text) is tonight's, not an earlier member.
        Assert.Equal(TwoNights.IdOf(night1, second), TwoNights.IdOf(night2, resent));
        Assert.Null(TwoNights.EarlierRunOf(story, TwoNights.IdOf(night2, resent)));
    }

    [Fact]
    public async Task Articles_older_than_the_window_are_not_brought_in()
    {
        _nights.DropSeed(0, "a-first.txt");
        _nights.DropSeed(1, "a-second.txt");
        await _nights.NightAsync();
        _nights.Clock.Advance(TimeSpan.FromHours(49));
        string third = _nights.DropSeed(2, "a-third.txt");
        _nights.Drop("b-sports.txt", TwoNights.CupFinalSportsDaily);
        _nights.Drop("b-goal.txt", TwoNights.CupFinalGoalWeekly);

        var night2 = await _nights.NightAsync();

        string thirdId = TwoNights.IdOf(night2, third);
        Assert.DoesNotContain(TwoNights.Stories(night2), s => TwoNights.Members(s).Any(m => m.GetProperty("id").GetString() == thirdId));
        Assert.All(TwoNights.Stories(night2).SelectMany(TwoNights.Members), m => Assert.False(m.TryGetProperty("earlierRun", out _)));
    }

    public void Dispose() => _nights.Dispose();
}
