using Summarizer.Tests.TestSupport;
using Summarizer.Verification.Alignment;
using Summarizer.Verification.Lexicon;
using Summarizer.Verification.Model;
using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Verification.Model;

/// <summary>Modifier + head pairs of a summary checked against the article's phrases.</summary>
public class NounPhraseSupportTests
{
    private const string ArticleText =
        "The lower house of parliament will debate the bill on Monday. The indoor pool stays shut. " +
        "Police in France arrested a man after the vote. " +
        "The club signed 3 players before the season. " +
        "Residents were told to stay indoors.";

    private static NounPhraseSupport.Counts Count(string summary, WordNetLexicon? lexicon)
    {
        var article = new ArticleIndex(FromText(ArticleText));
        var alignment = new SummaryAlignment(summary, article, lexicon);
        var total = new NounPhraseSupport.Counts(0, 0, 0);
        foreach (var sentence in alignment.Sentences)
        {
            var c = NounPhraseSupport.Count(sentence, article, lexicon);
            total = new NounPhraseSupport.Counts(total.Phrases + c.Phrases, total.Unsupported + c.Unsupported, total.Clashing + c.Clashing);
        }
        return total;
    }

    [Fact]
    public void A_phrase_the_article_has_is_supported()
    {
        var counts = Count("The lower house will debate the bill.", lexicon: null);

        Assert.True(counts.Phrases > 0);
        Assert.Equal(0, counts.Unsupported);
    }

    [Fact]
    public void A_known_head_with_another_number_before_it_is_unsupported_and_clashes()
    {
        // "5" is new, "players" is in the article, but counted there by another number.
        var counts = Count("The club signed 5 players before the season.", lexicon: null);

        Assert.Equal(1, counts.Unsupported);
        Assert.Equal(1, counts.Clashing);
    }

    [Fact]
    public void Words_apart_in_the_summary_or_across_a_possessive_are_no_phrase()
    {
        Assert.Equal(0, Count("Parliament's bill, residents.", lexicon: null).Phrases);
    }

    [WordNetFact]
    public void An_antonym_of_the_articles_modifier_clashes_and_a_nationality_is_read_as_its_country()
    {
        // Without WordNet there are no antonyms or pertainyms: the cases above cover the rest.
        var lexicon = WordNetLexicon.Shared;
        Assert.NotNull(lexicon);

        var outdoor = Count("The outdoor pool stays shut.", lexicon);
        Assert.Equal(1, outdoor.Unsupported);
        Assert.Equal(1, outdoor.Clashing);
        var upper = Count("The upper house will debate the bill.", lexicon);
        Assert.Equal(1, upper.Unsupported);
        Assert.Equal(0, upper.Clashing); // WordNet gives "upper" no antonym

        // "French police": the article says "police in France", three words apart at most.
        Assert.Equal(0, Count("French police arrested a man.", lexicon).Unsupported);
        Assert.Equal(1, Count("German police arrested a man.", lexicon).Unsupported);
    }
}
