using Summarizer.Facts.Quantities;
using Summarizer.Facts;
using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Facts.Quantities;

public class QuantityExtractorTests
{
    private static QuantityFact Single(string text) => Assert.Single(FactsOf(text).Quantities);

    private static void AssertOnly(string text, double value, string unit)
    {
        var q = Single(text);
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("Officials said 200,000 troops would be needed for the mission.", 200000, "troop")]
    [InlineData("Officials said 200 thousand troops would be needed for the mission.", 200000, "troop")]
    [InlineData("Officials said 200k troops would be needed for the mission.", 200000, "troop")]
    [InlineData("Notably, 15 countries have already proposed deploying forces.", 15, "country")]
    [InlineData("He asked 30 members of the coalition to answer in writing.", 30, "member")]
    [InlineData("It would take about 1.5 million people to staff the plan.", 1500000, "person")]
    public void Reads_digits_multipliers_and_the_counted_noun(string text, double value, string unit) => AssertOnly(text, value, unit);

    [Fact]
    public void Reads_number_words_as_durations()
    {
        var q = Single("Military leaders plan to finalize details within the next two weeks on the plan.");
        Assert.Equal(2, q.Value);
        Assert.Equal("week", q.Unit);
        Assert.Equal(QuantityKind.Duration, q.Kind);
        Assert.Equal("two weeks", q.Text);
    }

    [Fact]
    public void Reads_hyphenated_counts_as_value_and_unit()
    {
        var facts = FactsOf("The plan leaves room for a 35-nation coalition. A 30-day halt in the conflict was agreed.");
        Assert.Contains(facts.Quantities, q => q.Value == 35 && q.Unit == "nation" && q.Kind == QuantityKind.Count);
        Assert.Contains(facts.Quantities, q => q.Value == 30 && q.Unit == "day" && q.Kind == QuantityKind.Duration);
    }

    [Fact]
    public void Reads_ranges_with_the_noun_after_an_adjective()
    {
        var q = Single("The mission would be viable if 100,000 to 150,000 European troops were deployed.");
        Assert.Equal(100000, q.Value);
        Assert.Equal(150000, q.UpperValue);
        Assert.Equal("troop", q.Unit);
    }

    [Fact]
    public void Reads_scaled_words_and_qualifiers()
    {
        var q = Single("The Guardian says it would be a contingent of less than 30 thousand people in total.");
        Assert.Equal(30000, q.Value);
        Assert.Equal("person", q.Unit);
        Assert.Equal("less than", q.Qualifier);
    }

    [Theory]
    [InlineData("at least")]
    [InlineData("less than")]
    [InlineData("more than")]
    [InlineData("nearly")]
    [InlineData("about")]
    [InlineData("up to")]
    [InlineData("over")]
    [InlineData("some")]
    [InlineData("around")]
    [InlineData("almost")]
    public void Keeps_the_qualifier(string qualifier)
    {
        var q = Single($"The ministry said {qualifier} 4,000 soldiers took part in the drill.");
        Assert.Equal(qualifier, q.Qualifier);
        Assert.Equal(4000, q.Value);
        Assert.Equal("soldier", q.Unit);
    }

    [Fact]
    public void Reads_vague_amounts_in_quotation_marks()
    {
        var q = Single("Macron suggested \"thousands\" of troops could eventually deploy.");
        Assert.Equal("thousands", q.Qualifier);
        Assert.Equal("troop", q.Unit);
        // The figure's text holds both quotation marks or neither, never a stray one.
        Assert.Equal("\"thousands\" of troops", q.Text);
    }

    [Theory]
    [InlineData("Prices rose 12.5% last year across the region.", 12.5, "percent", QuantityKind.Percent)]
    [InlineData("Prices rose 12.5 percent last year across the region.", 12.5, "percent", QuantityKind.Percent)]
    [InlineData("The fund will hold $2.5 billion by the end of the decade.", 2.5e9, "USD", QuantityKind.Money)]
    [InlineData("The fund will hold €300m by the end of the decade.", 3e8, "EUR", QuantityKind.Money)]
    [InlineData("The fund will hold £40 million by the end of the decade.", 4e7, "GBP", QuantityKind.Money)]
    [InlineData("The fund will hold 40 million euros by the end of the decade.", 4e7, "EUR", QuantityKind.Money)]
    public void Reads_percentages_and_money(string text, double value, string unit, QuantityKind kind)
    {
        var q = Single(text);
        Assert.Equal(value, q.Value, 3);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(kind, q.Kind);
    }

    [Fact]
    public void Skips_years_days_of_month_ordinals_and_bare_number_words()
    {
        var facts = FactsOf("On March 16, 2025, the 5th round of talks began in 2024 terms. One of the most important roles is monitoring.");
        Assert.Empty(facts.Quantities);
        Assert.NotEmpty(facts.Dates);
    }

    [Fact]
    public void Spans_point_at_the_text()
    {
        var article = FromText("Europe does not have 200,000 peacekeepers available to send to Ukraine today.");
        var q = Assert.Single(new Summarizer.Facts.FactExtractor().Extract(article).Quantities);
        Assert.Equal(q.Text, article.Text.Substring(q.Span.Start, q.Span.Length));
        Assert.Equal("200,000 peacekeepers", q.Text);
        Assert.Equal(0, q.SentenceId);
    }

    [Theory]
    [InlineData("Rovers beat City 3-1 at home on Saturday.", 3, 1)]
    [InlineData("The match ended in a 2–2 draw after extra time.", 2, 2)]
    [InlineData("The bill passed the senate 52-48 on Friday.", 52, 48)]
    [InlineData("United won the final 3—1 after extra time.", 3, 1)]
    public void A_score_or_a_tally_counts_nothing_on_its_own(string text, double first, double second)
    {
        var q = Single(text);
        Assert.Equal(first, q.Value);
        Assert.Equal(second, q.UpperValue);
        Assert.Equal(Units.Score, q.Unit);
    }

    [Fact]
    public void A_range_that_runs_upwards_is_still_a_range_of_its_noun()
    {
        var q = Single("Between 10-15 people were hurt in the crash.");
        Assert.Equal(10, q.Value);
        Assert.Equal(15, q.UpperValue);
        Assert.Equal("person", q.Unit);
    }

    [Theory]
    [InlineData("Striker Tom Hale, 24, scored twice in the second half.", 24)]
    [InlineData("His wife, 34, and their son were not hurt in the crash.", 34)]
    [InlineData("The driver, aged 19, was arrested at the scene.", 19)]
    public void A_number_set_off_by_commas_after_a_word_or_after_aged_is_an_age(string text, double age) => AssertOnly(text, age, Units.Age);

    [Fact]
    public void Numbers_in_a_list_are_not_ages()
    {
        var facts = FactsOf("The lottery numbers drawn were 12, 24, 36 and 41 on Saturday night.");
        Assert.DoesNotContain(facts.Quantities, q => q.Unit == Units.Age);
    }

    [Theory]
    [InlineData("A baby aged 18 months was found safe on Sunday.", 18, "month")]
    [InlineData("The victim, who was 24 years of age, died in hospital.", 24, Units.Age)]
    [InlineData("Hale is two years older than his team-mate Kerr.", 2, "year")]
    [InlineData("A poll on Monday split 52-48 per cent in favour.", 52, "percent")]
    public void Units_of_time_older_and_percentages_are_not_ages_or_tallies(string text, double value, string unit) => AssertOnly(text, value, unit);
}
