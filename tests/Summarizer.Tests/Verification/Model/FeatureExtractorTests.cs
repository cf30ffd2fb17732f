using Summarizer.Verification.Alignment;
using Summarizer.Verification.Embeddings;
using Summarizer.Verification.Model;
using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Verification.Model;

/// <summary>The score features that check which words a summary puts together, and which names it brings in.</summary>
public class FeatureExtractorTests
{
    // The mayor and the bridge share a sentence; the school closure sits five filler sentences (well over a clause) later.
    private const string ArticleText =
        "Mayor Ruth Adler opened the new bridge on Monday. " +
        "Traffic was light in the morning. Commuters said the crossing saved them time. " +
        "Engineers had worked on the span for two years. The old ferry will stop running. " +
        "Shops near the river expect more customers. Residents held a small party. " +
        "In a separate decision the council closed the village school.";

    private static ConsistencyFeatures Features(string summary)
    {
        var alignment = new SummaryAlignment(summary, new ArticleIndex(FromText(ArticleText)), lexicon: null);
        return FeatureExtractor.Compute(alignment, [], lexicon: null, EmbeddingMatch.NotMeasured);
    }

    [Fact]
    public void Words_the_article_keeps_together_are_not_scattered()
    {
        var features = Features("Mayor Ruth Adler opened the new bridge.");

        Assert.Equal(0, features["scatteredPairShare"]);
        Assert.Equal(0, features["maxScatteredSentence"]);
    }

    [Fact]
    public void A_name_joined_to_an_act_from_far_away_in_the_article_is_scattered()
    {
        var features = Features("Mayor Ruth Adler closed the village school.");

        // Every word is in the article, but "adler closed" and its neighbours never stand within a clause there.
        Assert.Equal(0, features["novelContentShare"]);
        Assert.True(features["scatteredPairShare"] > 0, $"scattered {features["scatteredPairShare"]}");
        Assert.True(features["scatteredEntityPairShare"] > 0, $"entity pairs {features["scatteredEntityPairShare"]}");
    }

    [Fact]
    public void A_fuller_form_of_a_known_name_is_not_a_new_name_but_an_unknown_one_is()
    {
        Assert.Equal(0, Features("Mayor Ruth Adler opened the bridge.")["wholeNovelNames"]);
        Assert.Equal(0, Features("Mayor Ruth Esther Adler opened the bridge.")["wholeNovelNames"]);
        Assert.Equal(Math.Log(2), Features("Mayor Ruth Adler and Tom Baker opened the bridge.")["wholeNovelNames"], 6);
    }
}
