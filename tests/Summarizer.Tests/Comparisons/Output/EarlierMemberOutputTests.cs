using System.Text.Json;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Output;

namespace Summarizer.Tests.Comparisons.Output;

/// <summary>The members of a story from an earlier run, as the story's JSON and the report show them.</summary>
public sealed class EarlierMemberOutputTests
{
    private static readonly DateTimeOffset LastNight = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);

    private static StoryComparison Story(bool earlier) => new()
    {
        StoryId = "story-0123456789abcdef",
        Articles =
        [
            new ComparedArticle("aaaa", "AP", "Earlier", earlier ? "20261130T020000Z" : null, earlier ? LastNight : null),
            new ComparedArticle("bbbb", "Reuters", "Tonight"),
        ],
    };

    [Fact]
    public void The_json_marks_an_earlier_member_with_its_run_and_time_and_leaves_tonights_alone()
    {
        using var json = JsonDocument.Parse(StoryComparisonJson.Serialize(Story(earlier: true)));

        var articles = json.RootElement.GetProperty("articles");
        Assert.Equal("20261130T020000Z", articles[0].GetProperty("earlierRun").GetString());
        Assert.Equal(LastNight, articles[0].GetProperty("earlierRunAt").GetDateTimeOffset());
        Assert.False(articles[1].TryGetProperty("earlierRun", out _));
        // Still a comparison the product reads back, the mark with it.
        var read = StoryComparisonJson.TryParse(json.RootElement.GetRawText(), out _)!;
        Assert.Equal(LastNight, read.Articles[0].EarlierRunAt);
    }

    [Fact]
    public void Without_earlier_members_the_json_has_no_mark_and_the_report_names_the_earlier_run()
    {
        Assert.DoesNotContain("earlierRun", StoryComparisonJson.Serialize(Story(earlier: false)), StringComparison.Ordinal);
        Assert.Contains("AP (earlier run 20261130T020000Z, 2026-11-30 02:00 UTC), Reuters", ComparisonMarkdown.Render([Story(earlier: true)]), StringComparison.Ordinal);
        Assert.DoesNotContain("earlier run", ComparisonMarkdown.Render([Story(earlier: false)]), StringComparison.Ordinal);
    }
}
