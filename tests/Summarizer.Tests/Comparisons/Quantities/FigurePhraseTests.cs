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

    [Theory]
    [InlineData("On February 11, The New York Times reported that Europe does not have 200,000 peacekeepers available to send to Ukraine — nearly three times the size of the army.",
        "200,000", 200000, "peacekeepers", "Europe does not have 200,000 peacekeepers")]
    [InlineData("The alliance has never sent more than 300 ships to the strait in a single year, officials said.",
        "300", 300, "ships", "alliance has never sent more than 300 ships")]
    [InlineData("Officials said the region doesn't have 40 helicopters ready for the floods this spring.",
        "40", 40, "helicopters", "doesn't have 40 helicopters")]
    [InlineData("Planners said 200,000 peacekeepers from Europe will almost certainly not be sent to Ukraine.",
        "200,000", 200000, "peacekeepers", "not be sent")]
    public void A_negation_of_the_figures_clause_is_never_cut_off(string sentence, string figure, double value, string unit, string kept)
    {
        var a = SheetBuilder.For(sentence + " The talks went on.", "A").Quantity(figure, value, unit);

        string statement = Assert.Single(Compare(a, Other()).SingleSource, s => s.Kind == FactKind.Quantity).Statement;

        Assert.Contains(kept, statement);
        Assert.Contains(Unclipped(statement), sentence);
    }

    [Fact]
    public void A_negation_of_another_clause_stays_out_and_a_phrase_without_one_is_as_before()
    {
        const string sentence = "The port did not open on Monday, and 12 boats sank near the old pier.";
        var a = SheetBuilder.For(sentence + " Divers searched.", "A").Quantity("12", 12, "boats");
        const string plain = "Engineers at the northern yard said 300 workers would repair the bridge.";
        var b = SheetBuilder.For(plain + " It rained.", "A").Quantity("300", 300, "workers");

        string statement = Assert.Single(Compare(a, Other()).SingleSource, s => s.Kind == FactKind.Quantity).Statement;
        string other = Assert.Single(Compare(b, Other()).SingleSource, s => s.Kind == FactKind.Quantity).Statement;

        Assert.DoesNotContain("not", statement);
        Assert.Contains("12 boats sank", statement);
        Assert.Equal("300 workers would repair the bridge", other);
    }

    [Theory]
    [InlineData("The port did not open and 12 boats sank near the old pier on Monday.", "12", 12, "boats")]
    [InlineData("Officials said he doesn't believe the report that predicted 10 percent losses this year.", "10 percent", 10, "percent")]
    [InlineData("Officials freed 1,000 prisoners who for many months had not seen a lawyer.", "1,000", 1000, "prisoners")]
    [InlineData("Rescuers evacuated 300 families from the valley on Monday without giving any warning.", "300", 300, "families")]
    [InlineData("The ministry has not said whether the long-delayed programme will ever reach 40 schools.", "40", 40, "schools")]
    [InlineData("The keeper is putting his rival under pressure for the No 1 jersey in the league.", "1", 1, "jersey")]
    public void A_negation_of_another_clause_or_verb_is_not_pulled_into_the_phrase(string sentence, string figure, double value, string unit)
    {
        var a = SheetBuilder.For(sentence + " The talks went on.", "A").Quantity(figure, value, unit);

        string statement = Assert.Single(Compare(a, Other()).SingleSource, s => s.Kind == FactKind.Quantity).Statement;

        Assert.DoesNotContain(statement.Split(' ', '…'), Summarizer.Comparisons.Quantities.FigurePhrase.IsNegation);
        Assert.Contains(Unclipped(statement), sentence);
    }
}
