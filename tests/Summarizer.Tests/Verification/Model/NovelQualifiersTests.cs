using Summarizer.Tests.TestSupport;
using Summarizer.Verification.Alignment;
using Summarizer.Verification.Lexicon;
using Summarizer.Verification.Model;
using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Verification.Model;

/// <summary>Nationalities, titles, ordinals and superlatives a summary adds to what the article says.</summary>
public class NovelQualifiersTests
{
    private const string ArticleText =
        "Minister John Smith opened the bridge in France on Monday. " +
        "It is a large bridge over the river.";

    private static int Count(string summary, WordNetLexicon? lexicon)
    {
        var article = new ArticleIndex(FromText(ArticleText));
        return NovelQualifiers.Count(new SummaryAlignment(summary, article, lexicon).Tokens, article, lexicon);
    }

    [Fact]
    public void Qualifiers_the_article_states_are_not_counted()
    {
        Assert.Equal(0, Count("Minister John Smith opened a bridge in France on Monday.", lexicon: null));
    }

    [Fact]
    public void A_title_an_ordinal_and_a_weekday_the_article_lacks_are_counted()
    {
        Assert.Equal(3, Count("Former minister John Smith opened the first bridge on Tuesday.", lexicon: null));
    }

    [WordNetFact]
    public void A_nationality_counts_unless_the_article_names_its_country_and_superlatives_count()
    {
        // Pertainyms and superlatives come from WordNet; the cases above need none.
        var lexicon = WordNetLexicon.Shared;
        Assert.NotNull(lexicon);

        Assert.Equal(0, Count("A French minister opened the bridge.", lexicon));
        Assert.Equal(1, Count("A German minister opened the bridge.", lexicon));
        Assert.Equal(1, Count("The minister opened the oldest bridge.", lexicon));
    }
}
