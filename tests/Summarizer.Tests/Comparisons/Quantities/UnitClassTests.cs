using Summarizer.Comparisons.Quantities;

namespace Summarizer.Tests.Comparisons.Quantities;

public sealed class UnitClassTests
{
    [Theory]
    [InlineData("country")]
    [InlineData("troop")]
    [InlineData("member")]
    [InlineData("church")]
    [InlineData("box")]
    [InlineData("day")]
    public void A_plural_is_read_back_as_its_singular(string noun)
    {
        string plural = UnitClass.Plural(noun);

        Assert.NotEqual(noun, plural);
        Assert.Equal(noun, UnitClass.Lemma(plural));
    }

    [Theory]
    [InlineData("child", "children")]
    [InlineData("woman", "women")]
    [InlineData("policeman", "policemen")]
    [InlineData("person", "people")]
    [InlineData("city", "cities")]
    public void Irregular_plurals_are_english(string noun, string plural)
    {
        Assert.Equal(plural, UnitClass.Plural(noun));
    }

    [Theory]
    [InlineData("37 countries")]
    [InlineData("200 peacekeepers")]
    [InlineData("40 percent")]
    [InlineData("15 members")]
    public void What_a_figure_counts_is_described_in_plain_words(string figure)
    {
        string cls = UnitClass.Of(figure.Split(' ')[1])!;
        string description = UnitClass.Describe(cls);

        Assert.DoesNotContain('(', description);
        Assert.DoesNotContain(',', description);
        Assert.NotEqual(cls, description);
    }
}
