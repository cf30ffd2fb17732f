using System.Text.Json;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Output;

namespace Summarizer.Tests.Comparisons.Output;

/// <summary>The members of a story from an earlier run, as the story's JSON and the report show them.</summary>
public sealed class EarlierMembersTests
{
    private static readonly EarlierRun LastNight = new("20261130T020000Z", new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero));

    private static StoryComparison Story() => new()
    {
        StoryId = "story-0123456789abcdef",
        Articles = [new ComparedArticle("aaaa", "AP", "Earlier"), new ComparedArticle("bbbb", "Reuters", "Tonight")],
    };

    [Fact]
    public void The_json_marks_an_earlier_member_with_its_run_and_time_and_leaves_tonights_alone()
    {
        var story = EarlierMembers.Mark(Story(), new Dictionary<string, EarlierRun> { ["aaaa"] = LastNight });

        using var json = JsonDocument.Parse(StoryComparisonJson.Serialize(story));

        var articles = json.RootElement.GetProperty("articles");
        Assert.Equal(LastNight.RunId, articles[0].GetProperty("earlierRun").GetString());
        Assert.Equal(LastNight.At, articles[0].GetProperty("earlierRunAt").GetDateTimeOffset());
        Assert.False(articles[1].TryGetProperty("earlierRun", out _));
        // Still a comparison the product reads back.
        Assert.Equal(2, StoryComparisonJson.TryParse(json.RootElement.GetRawText(), out _)!.Articles.Count);
    }

    [Fact]
    public void Without_earlier_members_the_json_is_unchanged_and_the_report_names_the_earlier_run()
    {
        var plain = Story();
        var marked = EarlierMembers.Mark(Story(), new Dictionary<string, EarlierRun> { ["aaaa"] = LastNight });

        Assert.DoesNotContain("earlierRun", StoryComparisonJson.Serialize(plain), StringComparison.Ordinal);
        Assert.Contains("AP (earlier run 20261130T020000Z, 2026-11-30 02:00 UTC), Reuters", ComparisonMarkdown.Render([marked]), StringComparison.Ordinal);
        Assert.DoesNotContain("earlier run", ComparisonMarkdown.Render([plain]), StringComparison.Ordinal);
    }
}
