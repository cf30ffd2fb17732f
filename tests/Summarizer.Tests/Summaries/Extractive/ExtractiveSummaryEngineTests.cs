using Summarizer.Facts;
using Summarizer.Summaries.Extractive;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Summaries.Extractive;

public class ExtractiveSummaryEngineTests
{
    private readonly ExtractiveSummaryEngine _engine = new();

    [Fact]
    public void Key_points_quote_and_cite_their_sentences()
    {
        for (int seed = 0; seed < 5; seed++)
        {
            var article = Repo.Seed(seed);
            var summary = _engine.Summarize(article, FactSheet.Empty(article.Id));
            Assert.Equal(article.Id, summary.Id);
            Assert.Equal("extractive", summary.Engine);
            Assert.Contains(summary.Lede, article.Text);
            Assert.Equal(3, summary.KeyPoints.Count);
            foreach (var point in summary.KeyPoints)
                Assert.Equal(point.Text, article.Sentences[Assert.Single(point.SentenceIds)].Text);
            Assert.Equal(summary.KeyPoints.Count, summary.KeyPoints.Select(k => k.Text).Distinct().Count());
        }
    }

    [Fact]
    public void Uses_the_title_as_headline_and_otherwise_a_clause_of_the_lede()
    {
        var titled = Repo.Seed(0);
        Assert.Equal(titled.Title, _engine.Summarize(titled, FactSheet.Empty(titled.Id)).Headline);
        var untitled = Repo.Seed(1);
        var headline = _engine.Summarize(untitled, FactSheet.Empty(untitled.Id)).Headline;
        Assert.True(headline.Length is > 20 and <= 121, headline);
        Assert.Contains(headline.TrimEnd('…'), untitled.Text);
    }

    [Fact]
    public void Prefers_central_sentences_and_skips_off_topic_ones()
    {
        var article = Repo.FromText(string.Join("\n",
            "The city council approved a new budget for public schools on Monday evening.",
            "Click the button below to share this page with your friends and family today.",
            "The school budget raises teacher salaries and funds new classrooms across the city.",
            "Council members said the budget for schools was the largest in a decade.",
            "A local bakery celebrated its anniversary with free croissants for every customer.",
            "Parents welcomed the school budget, saying classrooms had been crowded for years."));
        var chosen = _engine.SelectSentences(article, 3);
        Assert.Contains(0, chosen);
        Assert.DoesNotContain(4, chosen);
        Assert.DoesNotContain(1, chosen);
    }

    [Fact]
    public void Is_deterministic_across_engines_and_readings()
    {
        var first = _engine.SelectSentences(Repo.Seed(2), 4);
        var other = new ExtractiveSummaryEngine().SelectSentences(Repo.Seed(2), 4);

        Assert.Equal(first, other);
        Assert.Equal(4, first.Distinct().Count());
        Assert.Equal(first.Order(), first);
    }

    [Fact]
    public void Handles_tiny_articles()
    {
        var article = Repo.FromText("Only one sentence here.");
        var summary = _engine.Summarize(article, FactSheet.Empty(article.Id));
        Assert.Equal("Only one sentence here.", summary.Lede);
        Assert.Empty(summary.KeyPoints);
    }
}
