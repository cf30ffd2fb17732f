using Summarizer.Comparisons;
using Summarizer.Summaries;
using Summarizer.Comparisons.Model;

namespace Summarizer.Tests.Comparisons;

public sealed class ComparisonPromptDataTests
{
    [Fact]
    public void Prompt_data_numbers_every_sentence_and_carries_summary_and_facts()
    {
        var input = SeedInputs.All()[0] with
        {
            Summary = new StructuredSummary { Id = "x", Headline = "Plan for Ukraine", Lede = "A lede.", Engine = "extractive" },
        };

        var data = ComparisonPromptData.Build("story-1", [input, SeedInputs.All()[3]]);

        Assert.Equal(2, data.Articles.Count);
        var first = data.Articles[0];
        Assert.Equal(1, first.Number);
        Assert.Equal("Plan for Ukraine", first.Headline);
        Assert.Equal(input.Article.Sentences.Count, first.Sentences.Count);
        Assert.All(first.Sentences, s => Assert.StartsWith($"[{s.Id}] ", s.Numbered));
        var members = input.Facts.Quantities.Single(q => q.Text == "30 members");
        Assert.Contains(first.Quantities, q => q.StartsWith("30 members") && q.EndsWith($"[s{members.SentenceId}]"));
        Assert.Contains(first.People, p => p.StartsWith("John Healey (UK Defense Minister"));
        Assert.Null(data.Articles[1].Headline);
        Assert.Contains("\"storyId\"", "\"storyId\"" + (data.ToVariables()["articlesJson"] as string));
        Assert.Equal(3, ComparisonPromptData.Build("s", [input], maxSentencesPerArticle: 3).Articles[0].Sentences.Count);
    }
}
