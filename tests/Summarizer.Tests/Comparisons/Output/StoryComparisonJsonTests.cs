using System.Text.Json;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Output;

namespace Summarizer.Tests.Comparisons.Output;

public sealed class StoryComparisonJsonTests
{
    [Fact]
    public void A_comparison_survives_the_round_trip_a_model_answer_takes()
    {
        var comparison = new StoryComparer().Compare(SeedInputs.All());

        var parsed = StoryComparisonJson.TryParse(StoryComparisonJson.Serialize(comparison), out var error);

        Assert.Null(error);
        Assert.NotNull(parsed);
        Assert.Equal(comparison.StoryId, parsed.StoryId);
        Assert.Equal(comparison.Conflicts.Select(c => (c.Kind, c.Subject, c.Positions.Count)), parsed.Conflicts.Select(c => (c.Kind, c.Subject, c.Positions.Count)));
        Assert.Equal(comparison.Agreements.Select(a => a.ArticleCount), parsed.Agreements.Select(a => a.ArticleCount));
        Assert.Equal(comparison.Conflicts[0].Positions[0], parsed.Conflicts[0].Positions[0]);
    }

    [Fact]
    public void Malformed_model_output_is_an_error_not_an_exception()
    {
        Assert.Null(StoryComparisonJson.TryParse("{\"storyId\": 3", out var error));
        Assert.NotNull(error);
        Assert.Null(StoryComparisonJson.TryParse("{\"conflicts\": []}", out var missing));
        Assert.NotNull(missing);
    }

    [Fact]
    public void The_schema_names_the_camel_case_fields()
    {
        using var schema = JsonDocument.Parse(StoryComparisonJson.Schema);
        var properties = schema.RootElement.GetProperty("properties");
        foreach (var name in new[] { "storyId", "articles", "agreements", "conflicts", "singleSource", "attributions", "droppedPositions" })
            Assert.True(properties.TryGetProperty(name, out _), name);
    }

    [Fact]
    public void Comparing_twice_gives_the_same_json()
    {
        string first = StoryComparisonJson.Serialize(new StoryComparer().Compare(SeedInputs.All()));
        string second = StoryComparisonJson.Serialize(new StoryComparer().Compare(SeedInputs.All()));

        Assert.Equal(first, second);
    }
}
