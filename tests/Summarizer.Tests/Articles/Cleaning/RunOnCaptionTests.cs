using Summarizer.Articles.Cleaning;
using static Summarizer.Tests.Articles.Cleaning.CleaningTestText;

namespace Summarizer.Tests.Articles.Cleaning;

/// <summary>Captions without a label that ran into the story without a full stop; made-up text.</summary>
public class RunOnCaptionTests
{
    [Fact]
    public void A_caption_between_two_story_sentences_goes_on_a_line_of_its_own_and_is_marked()
    {
        var cleaned = Clean("The club confirmed the signing on Monday. Striker Tom Reed signs his contract at the training ground "
            + "He joined the club from Leeds in 2019 and has scored 40 goals.");

        Assert.Equal(["Striker Tom Reed signs his contract at the training ground"], CaptionsOf(cleaned));
        Assert.Equal("The club confirmed the signing on Monday.\nStriker Tom Reed signs his contract at the training ground\n"
            + "He joined the club from Leeds in 2019 and has scored 40 goals.", cleaned.Text);
    }

    [Fact]
    public void Captions_in_a_row_are_each_marked_and_a_closing_quote_or_a_figure_can_end_one()
    {
        var cleaned = Clean("The lake froze overnight. Skaters on the ice at dawn were 'amazed' The council closed the paths by 2014 "
            + "They reopened the next day.");

        Assert.Equal(["Skaters on the ice at dawn were 'amazed'", "The council closed the paths by 2014"], CaptionsOf(cleaned));
        Assert.EndsWith("\nThey reopened the next day.", cleaned.Text);
    }

    [Fact]
    public void Page_furniture_cut_off_by_a_join_is_removed_not_kept_as_a_caption()
    {
        var cleaned = Clean("Scroll down for video The new bridge will open to traffic in May.");

        Assert.Equal("The new bridge will open to traffic in May.", cleaned.Text);
        Assert.Empty(cleaned.Captions);
        Assert.Contains(cleaned.Removed, r => r.Text == "Scroll down for video");
    }

    [Fact]
    public void Text_that_runs_on_too_long_to_be_a_caption_is_cut_but_stays_story()
    {
        string longRun = "The inquiry heard evidence from " + string.Join(", ", Enumerable.Range(1, 40).Select(i => $"witness {i}"));
        var cleaned = Clean(longRun + " It will report in the spring.");

        Assert.Equal(longRun + "\nIt will report in the spring.", cleaned.Text);
        Assert.Empty(cleaned.Captions);
    }

    [Theory]
    // A title after a preposition or a verb of naming.
    [InlineData("She had a small part in The long goodbye before her first lead role.")]
    [InlineData("Fans queued for hours to watch The last dance at the cinema.")]
    // A name: the pronoun is followed by a capital.
    [InlineData("The geneticist He Jiankui was jailed for three years.")]
    [InlineData("The medal was presented by Her Majesty the Queen.")]
    // Lower-cased, tokenised text holds no capitals to read.
    [InlineData("the council said the paths would reopen he said the ice was thin")]
    public void Prose_without_a_join_is_left_alone(string text)
    {
        var cleaned = Clean(text);
        Assert.Equal(text, cleaned.Text);
        Assert.Empty(cleaned.Captions);
    }
}
