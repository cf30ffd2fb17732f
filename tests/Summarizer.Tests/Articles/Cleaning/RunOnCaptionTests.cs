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

    [Fact]
    public void A_caption_that_runs_into_a_spoken_quotation_is_cut_even_after_a_name_or_a_day()
    {
        var cleaned = Clean("The club will name Ann Hale as its new coach on Monday ‘I have wanted this job all my life,’ said Hale. "
            + "Fans cheer at the ground in Leeds ‘It is a great day for all of us,’ said the chairman.");

        Assert.Equal(["The club will name Ann Hale as its new coach on Monday", "Fans cheer at the ground in Leeds"], CaptionsOf(cleaned));
        Assert.StartsWith("The club will name Ann Hale as its new coach on Monday\n‘I have wanted this job all my life,’ said Hale.", cleaned.Text);
    }

    [Theory]
    [InlineData("In return, the hospital will open a new ward.")]
    [InlineData("After months of talks, the hospital will open a new ward.")]
    [InlineData("But nurses say the new ward will open in May.")]
    [InlineData("Earlier this month, the hospital opened a new ward.")]
    public void A_caption_that_runs_into_a_sentence_opened_by_a_connective_or_a_preposition_is_cut(string story)
    {
        var cleaned = Clean("Nurses wait outside the old ward in Leeds (pictured) " + story);

        Assert.Equal(["Nurses wait outside the old ward in Leeds (pictured)"], CaptionsOf(cleaned));
        Assert.EndsWith("\n" + story, cleaned.Text);
    }

    [Theory]
    // Quoted names and titles: short, capitalised, or closed without a stop.
    [InlineData("Fans chant ‘Come on you Reds, come on’ at every match.")]
    [InlineData("The novel ‘The Remains of the Day’ won the prize in 1989.")]
    [InlineData("Voters backed an ‘Out’ vote in the referendum.")]
    [InlineData("A poster in the window said nothing but ‘We are open as usual’ all week.")]
    // Speech after a word that introduces it, or after a colon.
    [InlineData("He rang the office, saying ‘We will be there by noon, I promise.’")]
    [InlineData("Stone told reporters: ‘We will be there by noon, I promise.’")]
    public void A_quotation_inside_a_sentence_is_left_alone(string text)
    {
        var cleaned = Clean(text);
        Assert.Equal(text, cleaned.Text);
        Assert.Empty(cleaned.Captions);
    }

    [Theory]
    // A title after a preposition or a verb of naming.
    [InlineData("She had a small part in The long goodbye before her first lead role.")]
    [InlineData("Fans queued for hours to watch The last dance at the cinema.")]
    // A name: the pronoun is followed by a capital.
    [InlineData("The geneticist He Jiankui was jailed for three years.")]
    [InlineData("The medal was presented by Her Majesty the Queen.")]
    // A title that opens with a preposition or a connective, an article after it in lower case.
    [InlineData("Her favourite film is In the Heat of the Night by a long way.")]
    [InlineData("The band played their song At the end of the day twice.")]
    // Lower-cased, tokenised text holds no capitals to read.
    [InlineData("the council said the paths would reopen he said the ice was thin")]
    public void Prose_without_a_join_is_left_alone(string text)
    {
        var cleaned = Clean(text);
        Assert.Equal(text, cleaned.Text);
        Assert.Empty(cleaned.Captions);
    }
}
