using Summarizer.Comparisons;
using Summarizer.Summaries;
using Summarizer.Comparisons.Model;
using Summarizer.Comparisons.Roundup;

namespace Summarizer.Tests.Comparisons;

public sealed class NeutralSummaryAndPromptTests
{
    [Fact]
    public void Neutral_summary_puts_the_most_widely_agreed_sentence_first_and_repeats_nothing()
    {
        var inputs = SeedInputs.All();
        var comparison = new StoryComparer().Compare(inputs);
        var articles = inputs.Select(i => i.Article).ToList();

        string summary = NeutralSummaryBuilder.Build(comparison, articles, 5);

        var lines = summary.Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.Equal(lines.Length, lines.Distinct().Count());
        var top = comparison.Agreements.MaxBy(a => a.ArticleCount)!;
        Assert.Contains(lines[0], top.Positions.Select(p => p.Sentence.Trim()));
        var allSentences = articles.SelectMany(a => a.Sentences).Select(s => s.Text.Trim()).ToHashSet();
        Assert.All(lines, l => Assert.Contains(l, allSentences));
    }

    [Fact]
    public void Neutral_summary_without_agreements_falls_back_to_central_sentences()
    {
        var a = SheetBuilder.For("The river flooded the old town on Monday. Shops closed early. Rescue boats reached the old town by noon.", "A");
        var b = SheetBuilder.For("Floods hit the old town as the river rose on Monday. Rescue boats were sent to the old town.", "B");
        var comparison = new StoryComparer().Compare([a.Input(), b.Input()]);

        string summary = NeutralSummaryBuilder.Build(comparison, [a.Article, b.Article], 2);

        Assert.Equal(2, summary.Split('\n').Length);
        Assert.DoesNotContain("Shops closed early.", summary);
        Assert.Equal("", NeutralSummaryBuilder.Build(comparison, [a.Article, b.Article], 0));
    }

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
