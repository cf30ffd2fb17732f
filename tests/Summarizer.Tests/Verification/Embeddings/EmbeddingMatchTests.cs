using Summarizer.Verification.Alignment;
using Summarizer.Verification.Embeddings;
using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Verification.Embeddings;

public class EmbeddingMatchTests
{
    private const string ArticleText =
        "The council approved the new budget on Monday. Spending on schools will rise next year. " +
        "The mayor said the plan was fair.";

    private static EmbeddingMatch Match(string summary, WordEmbedder? embedder, ArticleTokenCache? cache = null)
    {
        var article = FromText(ArticleText);
        var alignment = new SummaryAlignment(summary, new ArticleIndex(article), lexicon: null);
        return EmbeddingMatch.Compute(alignment, summary, embedder, cache ?? new ArticleTokenCache(4));
    }

    [Fact]
    public void Sentences_copied_word_for_word_are_measured_without_the_model()
    {
        var embedder = new WordEmbedder();
        var match = Match("The council approved the new budget on Monday. The mayor said the plan was fair.", embedder);

        Assert.Equal(new EmbeddingMatch(1, 1, 1, 1, 1, 0), match);
        Assert.Equal(0, embedder.Texts);
    }

    [Fact]
    public void A_word_the_article_lacks_lowers_the_weakest_sentence_and_the_poor_word_match()
    {
        var match = Match("The council approved the budget. The mayor resigned.", new WordEmbedder());

        // "resigned" matches nothing: one word of the eight scores 0, and it sits in the three-word second sentence.
        Assert.Equal(7.0 / 8, match.MeanWord, 6);
        Assert.Equal(2.0 / 3, match.WeakestSentence, 6);
        Assert.Equal(0, match.PoorWord);
        // Over the five content words ("the" left out): four match, "resigned" matches nothing.
        Assert.Equal(4.0 / 5, match.MeanContentWord, 6);
        Assert.Equal(0, match.WorstContentWord);
        Assert.Equal(1.0 / 5, match.UnmatchedContentShare, 6);
    }

    [Fact]
    public void Without_a_model_a_rewritten_summary_is_not_measured()
    {
        var match = Match("The mayor resigned.", embedder: null);

        Assert.True(double.IsNaN(match.MeanWord) && double.IsNaN(match.WeakestSentence) && double.IsNaN(match.PoorWord));
        Assert.True(double.IsNaN(match.MeanContentWord) && double.IsNaN(match.WorstContentWord) && double.IsNaN(match.UnmatchedContentShare));
    }

    [Fact]
    public void An_article_is_embedded_once_for_all_its_summaries()
    {
        var embedder = new WordEmbedder();
        var cache = new ArticleTokenCache(4);
        var article = FromText(ArticleText);
        var index = new ArticleIndex(article);
        foreach (var summary in new[] { "The mayor resigned.", "Schools will close.", "The budget fell." })
            EmbeddingMatch.Compute(new SummaryAlignment(summary, index, null), summary, embedder, cache);

        // Three article sentences once, then one sentence per summary.
        Assert.Equal(article.Sentences.Count + 3, embedder.Texts);
    }
}
