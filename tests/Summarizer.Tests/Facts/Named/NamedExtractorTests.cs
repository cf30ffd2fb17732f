using Summarizer.Tests.TestSupport;
using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Facts.Named;

public class NamedExtractorTests
{
    [Fact]
    public void Finds_known_cue_marked_and_acronym_organisations()
    {
        var facts = FactsOf("The Kremlin warned NATO. Reuters and the WSJ covered it, as did the International Institute for Strategic Studies and the OSCE-like IISS.");
        var names = facts.Organisations.Select(o => o.Name).ToList();
        Assert.Contains("Kremlin", names);
        Assert.Contains("NATO", names);
        Assert.Contains("Reuters", names);
        Assert.Contains("The Wall Street Journal", names);
        Assert.Contains("International Institute for Strategic Studies", names);
        Assert.Contains("IISS", names);
    }

    [Fact]
    public void Finds_places_by_gazetteer_alias_and_cue()
    {
        var facts = FactsOf("Troops from the U.K. and Britain would patrol the Black Sea and the skies over Kyiv. They met in Ramstein.");
        var places = facts.Places.ToDictionary(p => p.Name, p => p.Mentions.Count);
        Assert.Equal(2, places["United Kingdom"]);
        Assert.True(places.ContainsKey("Black Sea"));
        Assert.True(places.ContainsKey("Kyiv"));
        Assert.True(places.ContainsKey("Ramstein"));
    }

    [Fact]
    public void A_newspaper_named_after_a_city_is_not_the_city()
    {
        var facts = FactsOf("On February 11, The New York Times reported that Europe lacks troops.");
        Assert.Contains(facts.Organisations, o => o.Name == "The New York Times");
        Assert.DoesNotContain(facts.Places, p => p.Name == "New York");
    }

    [Fact]
    public void A_building_named_after_a_possessive_is_the_whole_name_and_a_possessive_alone_ends_the_name()
    {
        var facts = FactsOf("Nurses at St Mary's Hospital called off a strike. Officials in Britain's capital welcomed it.");
        var places = facts.Places.Select(p => p.Name).ToList();
        Assert.Contains("St Mary's Hospital", places);
        Assert.DoesNotContain("St Mary", places);
        Assert.Contains("United Kingdom", places);
    }

    private const string AfterInOrAt = "He spoke in Arabic at Christmas. He grew up in Derby. He studied in Virginia. He lives in Tewkesbury. " +
        "Later he played in John Tansey's side.";

    [Fact]
    public void After_in_or_at_a_town_or_a_state_is_a_place_and_a_person_is_none()
    {
        var places = FactsOf(AfterInOrAt).Places.Select(p => p.Name).ToList();
        Assert.Contains("Derby", places);          // WordNet knows "derby" as a hat too: a thing, so it may be a place
        Assert.Contains("Virginia", places);       // a given name alone may be a place
        Assert.Contains("Tewkesbury", places);     // not in WordNet
        Assert.DoesNotContain(places, p => p.StartsWith("John", StringComparison.Ordinal));
    }

    [WordNetFact]
    public void After_in_or_at_a_language_or_a_season_is_no_place()
    {
        var places = FactsOf(AfterInOrAt).Places.Select(p => p.Name).ToList();
        Assert.DoesNotContain("Arabic", places);   // the abstractions need WordNet
        Assert.DoesNotContain("Christmas", places);
    }
}
