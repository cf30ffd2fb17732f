using Summarizer.Articles.Cleaning;
using static Summarizer.Tests.Articles.Cleaning.CleaningTestText;

namespace Summarizer.Tests.Articles.Cleaning;

/// <summary>Headings and link texts glued to the paragraph after them, and UTF-8 read as Windows-1252; made-up text.</summary>
public class GluedHeadingsAndMojibakeTests
{
    [Fact]
    public void Headings_glued_to_the_next_paragraph_are_cut_off_and_removed_as_headings()
    {
        var cleaned = Clean("Council approves harbour plan: What happens nextTown by town: the flood mapsThe harbour will reopen in May, the council said on Monday.");

        Assert.Equal("The harbour will reopen in May, the council said on Monday.", cleaned.Text);
        Assert.Contains(cleaned.Removed, r => r.Reason == "heading" && r.Text == "Town by town: the flood maps");
    }

    [Fact]
    public void A_byline_glued_to_the_story_goes_and_the_story_stays()
    {
        var cleaned = Clean("By Jane RoeCity affairs correspondentThe mayor's plan for the harbour is being welcomed by residents, though some doubt it.");

        Assert.Equal("The mayor's plan for the harbour is being welcomed by residents, though some doubt it.", cleaned.Text);
    }

    [Theory]
    [InlineData("Shares in JetBlue and McDonald's rose after the iPhone launch, eBay said.")]
    [InlineData("The #mondayMotivation tag trended as @janeRoe posted from www.someSite.org today.")]
    [InlineData("The PlayStation and YouTube deals were signed in KwaZulu-Natal on Friday.")]
    public void Names_written_in_mixed_case_are_left_whole(string text) => Assert.Equal(text, Clean(text).Text);

    [Theory]
    [InlineData("Sit by their cafÃ© on the sea wall.", "Sit by their café on the sea wall.")]
    [InlineData("Itâ€™s the â€œbestâ€\u009d year, said ZoÃ«.", "It’s the “best” year, said Zoë.")]
    [InlineData("Tickets cost Â£20 in MÃ¼nchen.", "Tickets cost £20 in München.")]
    public void Utf8_read_as_windows_1252_is_restored(string garbled, string expected) => Assert.Equal(expected, Mojibake.Repair(garbled));

    [Theory]
    [InlineData("Zürich, São Paulo and Málaga are twinned.")]
    [InlineData("The café’s crème brûlée costs £5 — “déjà vu”.")]
    [InlineData("Ã is a letter in Portuguese names such as João.")]
    public void Text_decoded_correctly_is_left_alone(string text) => Assert.Same(text, Mojibake.Repair(text));
}
