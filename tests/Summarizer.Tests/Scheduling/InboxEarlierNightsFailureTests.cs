using System.Text.Json.Nodes;
using Summarizer.Scheduling;

namespace Summarizer.Tests.Scheduling;

/// <summary>Earlier nights' outputs that are gone or corrupt never fail tonight's run; the option at 0 keeps the nights apart.</summary>
public sealed class InboxEarlierNightsFailureTests
{
    /// <summary>Night 1: seeds 0 and 1 (story A). Then <paramref name="between"/>. Night 2: seed 2 (story A) and story B.</summary>
    private static async Task<(NightlyRunReport Night1, NightlyRunReport Night2, string First, string Second, string Third)> TwoNightsAsync(
        TwoNights nights, Action<NightlyRunReport, string, string> between)
    {
        string first = nights.DropSeed(0, "a-first.txt"), second = nights.DropSeed(1, "a-second.txt");
        var night1 = await nights.NightAsync();
        between(night1, first, second);
        nights.Clock.Advance(TimeSpan.FromHours(24));
        string third = nights.DropSeed(2, "a-third.txt");
        nights.Drop("b-sports.txt", TwoNights.CupFinalSportsDaily);
        nights.Drop("b-goal.txt", TwoNights.CupFinalGoalWeekly);
        return (night1, await nights.NightAsync(), first, second, third);
    }

    [Fact]
    public async Task An_earlier_article_whose_file_left_the_inbox_is_skipped_with_a_note_and_a_corrupt_earlier_summary_is_done_without()
    {
        using var nights = new TwoNights();
        var (night1, night2, first, second, third) = await TwoNightsAsync(nights, (night1, first, second) =>
        {
            File.Delete(second);
            File.WriteAllText(Path.Combine(night1.RunFolder!, TwoNights.IdOf(night1, first) + ".json"), "{ not json");
        });

        Assert.Equal((3, 0), (night2.Run.Succeeded, night2.Run.Failed));
        var story = TwoNights.StoryWith(night2, TwoNights.IdOf(night2, third));
        Assert.Equal(night1.Run.RunId, TwoNights.EarlierRunOf(story, TwoNights.IdOf(night1, first)));
        Assert.DoesNotContain(TwoNights.Members(story), m => m.GetProperty("id").GetString() == TwoNights.IdOf(night1, second));
        Assert.Contains(nights.Logs.Lines, l => l.Contains("a-second.txt", StringComparison.Ordinal) && l.Contains("its text is gone", StringComparison.Ordinal));
        Assert.Contains(nights.Logs.Lines, l => l.Contains("could not be read", StringComparison.Ordinal) && l.Contains("compared without it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_removed_earlier_run_folder_and_a_hand_edited_state_do_not_fail_tonights_run()
    {
        using var nights = new TwoNights();
        var (night1, night2, first, _, third) = await TwoNightsAsync(nights, (night1, _, _) =>
        {
            Directory.Delete(night1.RunFolder!, recursive: true);
            string statePath = Path.Combine(nights.Output, "state.json");
            var state = JsonNode.Parse(File.ReadAllText(statePath))!.AsObject();
            state["contents"]!.AsObject()["0000"] = new JsonObject
            {
                ["source"] = "gone.txt", ["runId"] = "bogus", ["articleIds"] = new JsonArray(null, JsonValue.Create("../../escape")),
                ["processedAt"] = TwoNights.FirstNight, ["runFolder"] = "../..",
            };
            foreach (var content in state["contents"]!.AsObject().Select(c => c.Value!.AsObject())) content["runFolder"] = "../..";
            File.WriteAllText(statePath, state.ToJsonString());
        });

        Assert.Equal((3, 0), (night2.Run.Succeeded, night2.Run.Failed));
        var story = TwoNights.StoryWith(night2, TwoNights.IdOf(night2, third));
        Assert.Equal(night1.Run.RunId, TwoNights.EarlierRunOf(story, TwoNights.IdOf(night1, first)));
    }

    [Fact]
    public async Task A_corrupt_state_only_means_the_earlier_files_are_taken_again_as_tonights()
    {
        using var nights = new TwoNights();
        var (_, night2, _, _, third) = await TwoNightsAsync(nights, (_, _, _) =>
            File.WriteAllText(Path.Combine(nights.Output, "state.json"), "{\"contents\": [truncated"));

        Assert.Equal((5, 0), (night2.Run.Succeeded, night2.Run.Failed));
        var story = TwoNights.StoryWith(night2, TwoNights.IdOf(night2, third));
        Assert.All(TwoNights.Members(story), m => Assert.False(m.TryGetProperty("earlierRun", out _)));
    }

    [Theory]
    [InlineData("CompareWithEarlierHours")]
    [InlineData("CompareWithEarlierArticles")]
    public async Task At_0_tonights_stories_are_tonights_articles_alone(string option)
    {
        using var nights = new TwoNights(new Dictionary<string, string?> { [$"Summarizer:Schedule:{option}"] = "0" });
        var (_, night2, _, _, third) = await TwoNightsAsync(nights, (_, _, _) => { });

        // Seed 2 is tonight's only article of story A: no story of it is written, and story B has no earlier member.
        string thirdId = TwoNights.IdOf(night2, third);
        var story = Assert.Single(TwoNights.Stories(night2));
        Assert.DoesNotContain(TwoNights.Members(story), m => m.GetProperty("id").GetString() == thirdId);
        Assert.All(TwoNights.Members(story), m => Assert.False(m.TryGetProperty("earlierRun", out _)));
    }

    [Fact]
    public async Task At_most_the_configured_number_of_earlier_articles_join()
    {
        using var nights = new TwoNights(new Dictionary<string, string?> { ["Summarizer:Schedule:CompareWithEarlierArticles"] = "1" });
        var (_, night2, _, _, third) = await TwoNightsAsync(nights, (_, _, _) => { });

        var story = TwoNights.StoryWith(night2, TwoNights.IdOf(night2, third));
        Assert.Single(TwoNights.Members(story), m => m.TryGetProperty("earlierRun", out _));
    }
}
