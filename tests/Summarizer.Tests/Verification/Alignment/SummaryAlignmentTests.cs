using Summarizer.Tests.TestSupport;
using static Summarizer.Tests.Verification.VerifierFixture;

namespace Summarizer.Tests.Verification.Alignment;

/// <summary>The article sentences a summary sentence follows: the best one and every close one, counted the same way.</summary>
public class SummaryAlignmentTests
{
    private static readonly Summarizer.Articles.Article Article = Repo.FromText(
        "The council approved the new bridge plan on Monday after a long debate. " +
        "Residents said the bridge plan would cut traffic in the town centre. " +
        "The council approved the bridge plan, officials said later that week.");

    [Fact]
    public void Close_sentences_run_from_most_covering_with_ties_in_article_order_and_the_first_is_the_best()
    {
        var alignment = AlignedWithoutWordNet(Article, "The council approved the bridge plan.");
        var sentence = alignment.Sentences[0];
        var close = alignment.CloseSentences(sentence, 0.75);
        Assert.Equal([0, 2], close.Select(c => c.Sentence));
        Assert.All(close, c => Assert.Equal(1.0, c.Coverage));
        Assert.Equal(close[0], alignment.BestSentence(sentence));
        // "bridge" and "plan" of four content words: the residents' sentence covers half.
        Assert.Equal(new (int, double)[] { (0, 1.0), (2, 1.0), (1, 0.5) }, alignment.CloseSentences(sentence, 0.5));
    }

    [Fact]
    public void A_sentence_without_content_words_follows_no_sentence()
    {
        var alignment = AlignedWithoutWordNet(Article, "It was.");
        Assert.Empty(alignment.CloseSentences(alignment.Sentences[0], 0.5));
        Assert.Equal((-1, 1.0), alignment.BestSentence(alignment.Sentences[0]));
    }
}
