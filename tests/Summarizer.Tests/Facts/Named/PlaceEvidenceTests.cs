using Summarizer.Tests.TestSupport;
using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Facts.Named;

/// <summary>What follows "in" or "at" and yet names no place: someone's premises, the title of a work.</summary>
public class PlaceEvidenceTests
{
    private static IReadOnlyList<string> Places(string text) => FactsOf(text).Places.Select(p => p.Name).ToList();

    [Fact]
    public void A_possessive_with_nothing_after_it_names_premises_not_a_place()
    {
        var places = Places("He was accused of working at Kessler's. She grew up in Tewkesbury's old quarter.");
        Assert.DoesNotContain(places, p => p.StartsWith("Kessler", StringComparison.Ordinal));
        Assert.Contains("Tewkesbury", places);
    }

    [WordNetFact]
    public void A_phrase_ending_in_a_plural_of_an_abstract_noun_is_a_title_not_a_place()
    {
        var places = Places("She played a pilot in Crystal Wars: The Last Orbit. He retired in Palm Springs. They met in Colorado Springs. " +
            "She won at Marsh Golf Estates.");
        Assert.DoesNotContain("Crystal Wars", places);
        Assert.Contains("Palm Springs", places);
        Assert.Contains("Colorado Springs", places);
        Assert.Contains("Marsh Golf Estates", places);   // an estate is a possession: a place may be named after it
    }

    [Theory]
    [InlineData("The ship docked in St John's, the capital of Newfoundland.", "St John")]
    [InlineData("She trained at St Thomas' and then moved north.", "St Thomas")]
    public void A_saints_name_with_a_possessive_is_a_place_not_premises(string sentence, string place)
    {
        Assert.Contains(Places(sentence), p => p.StartsWith(place, StringComparison.Ordinal));
    }
}
