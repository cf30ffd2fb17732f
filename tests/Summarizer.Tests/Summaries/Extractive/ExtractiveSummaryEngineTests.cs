using Summarizer.Articles;
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
            // Whole sentences of the article, a full stop added where the article wrote none.
            Assert.Contains(article.Sentences, s => summary.Lede == s.Text || summary.Lede == s.Text + ".");
            Assert.InRange(summary.KeyPoints.Count, 1, new ExtractiveOptions().Sentences - 1);
            foreach (var point in summary.KeyPoints)
            {
                string sentence = article.Sentences[Assert.Single(point.SentenceIds)].Text;
                Assert.True(point.Text == sentence || point.Text == sentence + ".", point.Text);
            }
            Assert.Equal(summary.KeyPoints.Count, summary.KeyPoints.Select(k => k.Text).Distinct().Count());
        }
    }

    [Fact]
    public void A_sentence_the_article_wrote_without_a_full_stop_gets_one_in_the_summary()
    {
        var article = Repo.FromText(string.Join("\n",
            "The city council approved a new budget for public schools on Monday evening",
            "The school budget raises teacher salaries and funds new classrooms across the city",
            "Council members said the budget for schools was the largest in a decade.",
            "Parents welcomed the school budget, saying classrooms had been crowded for years."), title: "Schools budget approved");
        var summary = _engine.Summarize(article, FactSheet.Empty(article.Id));

        Assert.Equal(article.Sentences[0].Text + ".", summary.Lede);
        var texts = summary.KeyPoints.Select(k => (k.Text, Sentence: article.Sentences[k.SentenceIds[0]].Text)).ToList();
        Assert.Contains(texts, t => t.Text == t.Sentence + ".");
        Assert.All(texts, t => Assert.True(t.Text == t.Sentence || t.Text == t.Sentence + "."));
        Assert.All(texts, t => Assert.Matches(@"[.!?]$", t.Text));
    }

    [Fact]
    public void Uses_the_title_as_headline_and_otherwise_a_whole_sentence()
    {
        var titled = Repo.Seed(0);
        Assert.Equal(titled.Title, _engine.Summarize(titled, FactSheet.Empty(titled.Id)).Headline);
        for (int seed = 1; seed <= 3; seed++)
        {
            var untitled = Repo.Seed(seed);
            Assert.Null(untitled.Title);
            var summary = _engine.Summarize(untitled, FactSheet.Empty(untitled.Id));
            var headline = summary.Headline;
            Assert.DoesNotContain("…", headline);
            Assert.DoesNotContain(summary.KeyPoints, k => k.Text.TrimEnd('.') == headline.TrimEnd('.'));
            // A whole sentence of the article, its closing full stop aside.
            Assert.Contains(untitled.Sentences, s => s.Text == headline || s.Text == headline + ".");
        }
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
    public void A_long_article_gets_more_sentences_than_a_short_one_and_each_about_its_share_of_words()
    {
        var sentence = "The regional council voted on Tuesday to expand the tram network to the northern suburbs by {0}.";
        var shortArticle = Repo.FromText(string.Join(" ", Enumerable.Range(2030, 6).Select(y => string.Format(sentence, y))));
        var longArticle = Repo.FromText(string.Join(" ", Enumerable.Range(2030, 40).Select(y => string.Format(sentence, y))));
        // Room for more sentences than the long article's word target needs, so the length rule is what stops.
        var options = new ExtractiveOptions { RedundancyLambda = 1, Sentences = 8 };
        var engine = new ExtractiveSummaryEngine(options);
        int Words(IEnumerable<int> ids, Summarizer.Articles.Article a) => ids.Sum(i => a.Sentences[i].Text.Split(' ').Length);

        var few = engine.SelectSentences(shortArticle);
        var many = engine.SelectSentences(longArticle);
        Assert.True(many.Count > few.Count, $"{many.Count} sentences for the long article, {few.Count} for the short one");
        // Each sentence has 18 words: the summary stops within half a sentence of its word target.
        Assert.InRange(Words(few, shortArticle), options.MinSummaryWords - 9, options.MinSummaryWords + 9);
        Assert.InRange(Words(many, longArticle), options.MaxSummaryWords - 9, options.MaxSummaryWords + 9);
    }

    [Fact]
    public void A_sentence_opening_with_a_connective_comes_only_with_the_sentence_it_leans_on()
    {
        var article = Repo.FromText(string.Join(" ",
            "Ministers met envoys of the northern provinces on Friday after months of talks.",
            "The provinces will cut tariffs on farm goods from next spring.",
            "In return, the ministers promised the provinces new rail links and farm subsidies.",
            "The rail links will join the provinces to the southern ports by 2030.",
            "Farm subsidies for the provinces will double, the ministers said.",
            "Rail unions welcomed the new links and the subsidies for farms."));
        // On centrality alone the "In return" sentence is the most central: every later sentence echoes it.
        var engine = new ExtractiveSummaryEngine(new ExtractiveOptions { PositionWeight = 0, RedundancyLambda = 1 });
        for (int count = 1; count <= 3; count++)
        {
            var chosen = engine.SelectSentences(article, count);
            if (chosen.Contains(2)) Assert.Contains(1, chosen);
        }
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

public class CaptionedArticleTests
{
    // Made-up text: a labelled caption the page ran into the first paragraph, and a second one further down.
    private const string Body =
        "Guilty: Jane Holt, 41, has said she will repay the whole £20,000 from her savings "
        + "A former post office clerk who took £20,000 from elderly customers to pay gambling debts will have to repay every penny. "
        + "Holt, who worked at the branch in Leeds for twelve years, was jailed for two years in May.\n"
        + "The court heard she took money from nine customers over four years. Remorse: Holt told the court she was ashamed of what she had done "
        + "A judge ordered the money to be returned within three months. The post office said it had changed how accounts are checked.";

    private static Article Captioned() => new ArticleFactory().Create(new RawArticle("captioned.txt", Body));

    [Fact]
    public void Captions_are_sentences_of_the_article_but_never_of_its_summary()
    {
        var article = Captioned();
        var captions = article.Captions.Select(id => article.Sentences[id].Text).ToList();
        Assert.Equal(2, captions.Count);
        Assert.StartsWith("Guilty: Jane Holt", captions[0]);
        Assert.StartsWith("Remorse: Holt told", captions[1]);

        var summary = new ExtractiveSummaryEngine().Summarize(article, new FactExtractor().Extract(article));
        Assert.StartsWith("A former post office clerk", summary.Lede);
        Assert.DoesNotContain(summary.KeyPoints, k => k.SentenceIds.Any(article.IsCaption));
        Assert.DoesNotContain(":", summary.Headline);
    }

    [Fact]
    public void A_caption_still_supports_what_a_summary_takes_from_it()
    {
        const string claim = "Jane Holt, 41, has said she will repay the whole £20,000 from her savings.";
        var withCaption = Captioned();
        var withoutCaption = new ArticleFactory().Create(new RawArticle("uncaptioned.txt", Body[(Body.IndexOf(" A former", StringComparison.Ordinal) + 1)..]));

        Assert.True(VerdictOn(withCaption, claim).IsVerified);
        // The control: the same claim against the story without its caption is not supported (the age is only in the caption).
        Assert.False(VerdictOn(withoutCaption, claim).IsVerified);
    }

    private static Summarizer.Summaries.Verdict VerdictOn(Article article, string lede)
    {
        var facts = new FactExtractor().Extract(article);
        var summary = new ExtractiveSummaryEngine().Summarize(article, facts) with { Lede = lede, KeyPoints = [] };
        return new Summarizer.Verification.SummaryVerifier().Verify(article, facts, summary);
    }
}
