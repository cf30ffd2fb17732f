using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Facts.Attributions;

public class AttributionExtractorTests
{
    [Theory]
    [InlineData("The plan was presented to allies. This was reported by Bloomberg.", "Bloomberg")]
    [InlineData("Paris and London are working on a plan, Bloomberg reports, citing sources.", "Bloomberg")]
    [InlineData("According to the AP, a group of countries is developing a plan.", "Associated Press")]
    [InlineData("The Guardian specifies that the contingent is small.", "The Guardian")]
    [InlineData("European officials were concerned, the WSJ writes.", "The Wall Street Journal")]
    [InlineData("The presence of troops is a threat to Russia, according to Tass.", "Tass")]
    [InlineData("Bloomberg, citing sources, writes that Turkey could deploy forces.", "Bloomberg")]
    public void Finds_the_source_of_a_claim(string text, string source)
    {
        var facts = FactsOf(text);
        Assert.Contains(facts.Attributions, a => a.SourceName == source);
    }

    [Theory]
    [InlineData("Twelve people died in the fire, according to Reuters. The fire spread fast.", "Reuters")]
    [InlineData("Police Chief Anne Beck said 12 workers were killed, according to Reuters. Beck spoke late.", "Reuters")]
    [InlineData("Twelve people died in the fire, according to the Associated Press. Crews worked all night.", "Associated Press")]
    public void A_source_ends_with_its_sentence(string text, string source)
    {
        var according = Assert.Single(FactsOf(text).Attributions, a => a.Cue == "according to");
        Assert.Equal(source, according.SourceName);
    }

    [Fact]
    public void Officials_telling_an_outlet_give_both_sources()
    {
        var facts = FactsOf("The force is an essential guarantee for Ukraine, British officials told Bloomberg.");
        Assert.Contains(facts.Attributions, a => a.SourceName == "British officials");
        Assert.Contains(facts.Attributions, a => a.SourceName == "Bloomberg");
    }

    [Fact]
    public void An_outlet_citing_another_gives_both_sources()
    {
        var facts = FactsOf("AP, citing Reuters, said the fire killed 12 people.");
        Assert.Contains(facts.Attributions, a => a.SourceName == "Associated Press");
        Assert.Contains(facts.Attributions, a => a.SourceName == "Reuters");
    }

    [Fact]
    public void Countries_saying_things_are_not_sources()
    {
        Assert.Empty(FactsOf("Russia says the plan is a provocation, and France said it disagrees.").Attributions);
    }
}
