using Summarizer.Comparisons;

namespace Summarizer.Tests.Comparisons.Quantities;

/// <summary>A figure's statement is the figure with its own short phrase, verbatim from its sentence: no word list.</summary>
public sealed class FigurePhraseTests
{
    private static StoryComparison Compare(params SheetBuilder[] sheets) =>
        new StoryComparer().Compare(sheets.Select(s => s.Input()).ToList());

    private static string Unclipped(string statement) => statement.Trim('…');

    private static SheetBuilder Other() =>
        SheetBuilder.For("The harbour board met on Friday to discuss the budget. Nothing was decided.", "B");

    [Fact]
    public void A_single_source_figure_is_told_in_its_own_clause_verbatim()
    {
        const string sentence = "Notably, 15 countries have already proposed deploying forces, including aircraft and naval vessels.";
        var a = SheetBuilder.For(sentence + " The talks went on.", "A").Quantity("15", 15, "countries");

        var claim = Assert.Single(Compare(a, Other()).SingleSource, s => s.Kind == FactKind.Quantity);

        Assert.Contains(Unclipped(claim.Statement), sentence);
        Assert.Contains(claim.Position.Value, claim.Statement);
        // Its clause's words, not the words past a comma, and no bracketed list.
        Assert.Contains("proposed", claim.Statement);
        Assert.DoesNotContain("aircraft", claim.Statement);
        Assert.DoesNotContain("Notably", claim.Statement);
        Assert.DoesNotContain('(', claim.Statement);
    }

    [Fact]
    public void A_long_clause_is_cut_where_a_phrase_ends_with_an_ellipsis_and_no_function_word_at_its_ends()
    {
        const string sentence = "Engineers at the northern yard said that 300 workers would soon repair the old bridge over the river in the town before winter.";
        var a = SheetBuilder.For(sentence + " It rained.", "A").Quantity("300", 300, "workers");

        string statement = Assert.Single(Compare(a, Other()).SingleSource, s => s.Kind == FactKind.Quantity).Statement;
        var words = Unclipped(statement).Split(' ');

        Assert.EndsWith("…", statement);
        Assert.Contains(Unclipped(statement), sentence);
        Assert.InRange(words.Length, 2, 2 + Summarizer.Comparisons.Quantities.FigurePhrase.Before + Summarizer.Comparisons.Quantities.FigurePhrase.After);
        Assert.DoesNotContain("that", words);
        Assert.All(new[] { words[0], words[^1] }, w => Assert.NotEmpty(Summarizer.Text.ContentWords.Of(w)));
        // Cut where a phrase ends: the sentence goes on with a function word.
        string rest = sentence[(sentence.IndexOf(Unclipped(statement), StringComparison.Ordinal) + Unclipped(statement).Length)..];
        Assert.Empty(Summarizer.Text.ContentWords.Of(rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]));
    }

    [Fact]
    public void An_agreement_is_told_in_one_outlets_words_and_ends_on_words_both_use()
    {
        const string first = "Officials said 40 countries joined the water alliance on Monday in Geneva.";
        const string second = "The water alliance now counts 40 nations, diplomats said after a vote.";
        var a = SheetBuilder.For(first, "A").Quantity("40", 40, "countries");
        var b = SheetBuilder.For(second, "B").Quantity("40", 40, "nations");

        string statement = Unclipped(Assert.Single(Compare(a, b).Agreements).Statement);

        Assert.True(first.Contains(statement) || second.Contains(statement));
        Assert.DoesNotContain("Monday", statement);
        Assert.DoesNotContain('(', statement);
    }

    [Fact]
    public void A_figure_written_twice_in_its_sentence_is_told_in_the_clause_of_its_own_occurrence()
    {
        const string sentence = "Harbour officials said 12 boats were damaged in the morning, and 12 boats sank near the old pier.";
        var a = SheetBuilder.For(sentence + " The port stayed shut.", "A").Quantity("12", 12, "boats", occurrence: 1);

        string statement = Assert.Single(Compare(a, Other()).SingleSource, s => s.Kind == FactKind.Quantity).Statement;

        Assert.Contains("boats sank", statement);
        Assert.DoesNotContain("damaged", statement);
    }
}
