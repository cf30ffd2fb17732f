using Summarizer.Articles.Cleaning;
using static Summarizer.Tests.Articles.Cleaning.CleaningTestText;

namespace Summarizer.Tests.Articles.Cleaning;

/// <summary>Scraped pages lose their line breaks and spaces; each rule here is checked on made-up text.</summary>
public class ScrapedTextCleaningTests
{
    [Theory]
    [InlineData("The bridge reopened on Monday.Engineers said the repairs took a year.", "The bridge reopened on Monday. Engineers said the repairs took a year.")]
    [InlineData("Turnout was 64%.Officials expect a recount.", "Turnout was 64%. Officials expect a recount.")]
    [InlineData("The vote was close (51 to 49).Critics want a recount.", "The vote was close (51 to 49). Critics want a recount.")]
    [InlineData("Is the plan affordable?Nobody knows yet.", "Is the plan affordable? Nobody knows yet.")]
    [InlineData("He spoke to the BBC.Jane Roe, the mayor, agreed.", "He spoke to the BBC. Jane Roe, the mayor, agreed.")]
    [InlineData("Its funding was cut to £25.98m.The chief executive was staggered.", "Its funding was cut to £25.98m. The chief executive was staggered.")]
    [InlineData("She ran 4:17.57.The record had stood since 1994.", "She ran 4:17.57. The record had stood since 1994.")]
    public void Restores_the_space_a_scraper_lost_after_a_sentence(string scraped, string expected) =>
        Assert.Equal(expected, Clean(scraped).Text);

    [Theory]
    [InlineData("The team flew to St.Louis on Friday.")]
    [InlineData("She earned a Ph.D. in chemistry in Leeds.")]
    [InlineData("Details are at www.example.Org today.")]
    [InlineData("Prices rose 3.5 percent over the year.")]
    [InlineData("Troops from the U.S.Army base joined them.")]
    [InlineData("Bring the usual kit, e.g.Helmets and gloves.")]
    public void Leaves_abbreviations_addresses_and_numbers_alone(string text) => Assert.Equal(text, Clean(text).Text);

    [Fact]
    public void A_quotation_mark_between_glued_paragraphs_goes_with_the_quotation()
    {
        // The first quote closes before the narrative resumes; the second opens a new quoted paragraph.
        var text = Clean("The mayor said: \"We will rebuild.\"The council met later.Its chair said: \"Work starts soon.\"").Text;
        Assert.Equal("The mayor said: \"We will rebuild.\" The council met later. Its chair said: \"Work starts soon.\"", text);
        var opening = Clean("Residents were angry.\"Nobody asked us,\" one said.").Text;
        Assert.Equal("Residents were angry. \"Nobody asked us,\" one said.", opening);
    }

    [Theory]
    [InlineData("(Wire Agency)The harbour flooded overnight, officials said.", "Wire Agency")]
    [InlineData("Springfield (Wire Agency) -- The harbour flooded overnight, officials said.", "Wire Agency")]
    [InlineData("SPRINGFIELD, Illinois — The harbour flooded overnight, officials said.", null)]
    public void Strips_an_agency_dateline_and_takes_the_agency_as_outlet(string body, string? outlet)
    {
        var cleaned = Clean(body);
        Assert.Equal("The harbour flooded overnight, officials said.", cleaned.Text);
        Assert.Equal(outlet, cleaned.OutletHint);
        Assert.Contains(cleaned.Removed, r => r.Reason == "dateline");
    }

    [Fact]
    public void Keeps_a_bracket_after_a_name_that_is_no_dateline()
    {
        const string text = "Senator Jane Roe (D) said the harbour would be rebuilt.";
        Assert.Equal(text, Clean(text).Text);
    }

    [Theory]
    [InlineData("The storm hit the coast. Scroll down for video The mayor declared an emergency.", "video")]
    [InlineData("Media playback is unsupported on your deviceThe striker scored twice in the final.", "video")]
    [InlineData("Share this withEmailTwitterFacebookCopy this linkThe striker scored twice in the final.", "share bar")]
    [InlineData("4 May 2019 Last updated at 10:15 BSTThe striker scored twice in the final.", "timestamp")]
    public void Cuts_page_furniture_out_of_a_paragraph(string body, string reason)
    {
        var cleaned = Clean(body);
        Assert.Contains(cleaned.Removed, r => r.Reason == reason);
        Assert.DoesNotContain("Scroll", cleaned.Text);
        Assert.DoesNotContain("playback", cleaned.Text);
        Assert.DoesNotContain("link", cleaned.Text);
        Assert.DoesNotContain("updated", cleaned.Text);
        Assert.StartsWith(body.Contains("storm") ? "The storm" : "The striker", cleaned.Text);
    }

    [Fact]
    public void Keeps_share_this_with_in_prose()
    {
        const string text = "She wanted to share this with her neighbours before the vote.";
        Assert.Equal(text, Clean(text).Text);
    }

    [Theory]
    [InlineData("For the full survey results, click here.", "promotion")]
    [InlineData("Follow the newsroom on Twitter for updates.", "promotion")]
    [InlineData("Sorry, we are not currently accepting comments on this article.", "comments")]
    [InlineData("By Jane Doe and John Roe, Wire Agency.", "byline")]
    public void Drops_a_furniture_sentence_from_inside_a_paragraph(string furniture, string reason)
    {
        var cleaned = Clean($"The harbour flooded overnight. {furniture} Crews pumped water until dawn.");
        Assert.Equal("The harbour flooded overnight. Crews pumped water until dawn.", cleaned.Text);
        Assert.Contains(cleaned.Removed, r => r.Reason == reason && r.Text == furniture);
    }

    [Fact]
    public void Rejoins_word_tokenised_text()
    {
        var cleaned = Clean("the mayor 's office said it did n't expect delays , officials said -lrb- on monday -rrb- .");
        Assert.Equal("the mayor's office said it didn't expect delays, officials said (on monday).", cleaned.Text);
    }
}
