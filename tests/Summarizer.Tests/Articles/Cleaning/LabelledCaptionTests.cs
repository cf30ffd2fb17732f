using Summarizer.Articles.Cleaning;
using static Summarizer.Tests.Articles.Cleaning.CleaningTestText;

namespace Summarizer.Tests.Articles.Cleaning;

/// <summary>Photo captions that open on a label and ran into the story without a full stop; made-up text.</summary>
public class LabelledCaptionTests
{
    [Fact]
    public void A_caption_glued_to_the_first_sentence_is_cut_off_onto_a_line_of_its_own_and_marked()
    {
        var cleaned = Clean("Guilty: Jane Holt, 41, has said she will repay the whole £20,000 from her savings "
            + "A former post office clerk who took money from customers will have to pay it back. She was jailed in May.");

        Assert.Equal("Guilty: Jane Holt, 41, has said she will repay the whole £20,000 from her savings\n"
            + "A former post office clerk who took money from customers will have to pay it back. She was jailed in May.", cleaned.Text);
        Assert.Equal(["Guilty: Jane Holt, 41, has said she will repay the whole £20,000 from her savings"], CaptionsOf(cleaned));
        Assert.Empty(cleaned.Removed);
    }

    [Fact]
    public void Captions_in_a_row_are_each_marked()
    {
        var cleaned = Clean("The festival opened on Friday. Calm: The lake at dawn before the gates opened "
            + "Busy: Crowds queue for the main stage by noon In all, 40,000 people came over the weekend.");

        Assert.Equal(["Calm: The lake at dawn before the gates opened", "Busy: Crowds queue for the main stage by noon"], CaptionsOf(cleaned));
        Assert.Equal("The festival opened on Friday.\nCalm: The lake at dawn before the gates opened\n"
            + "Busy: Crowds queue for the main stage by noon\nIn all, 40,000 people came over the weekend.", cleaned.Text);
    }

    [Fact]
    public void A_title_in_quotation_marks_is_part_of_the_caption_and_a_spoken_quotation_is_not()
    {
        var titled = Clean("Hero pilot: Her story is to be told in a film dubbed ‘The Long Night’ The story of how she landed the plane is remarkable.");
        Assert.Equal(["Hero pilot: Her story is to be told in a film dubbed ‘The Long Night’"], CaptionsOf(titled));

        var spoken = Clean("Split: The singer filed for divorce last week 'I knew it was over,' a friend said.");
        Assert.Equal(["Split: The singer filed for divorce last week"], CaptionsOf(spoken));
        Assert.EndsWith("\n'I knew it was over,' a friend said.", spoken.Text);
    }

    [Fact]
    public void A_caption_that_ends_on_a_name_ends_where_an_article_opens_the_story_but_not_inside_a_capitalised_title()
    {
        var cleaned = Clean("Haul: The van used to carry the stolen lead from the roof in Harrogate The amount of metal taken this year has doubled.");
        Assert.Equal(["Haul: The van used to carry the stolen lead from the roof in Harrogate"], CaptionsOf(cleaned));

        string title = "Premiere: The cast of Lord Of The Rings arrive at the cinema in Wellington.";
        Assert.Empty(Clean(title).Captions);
    }

    [Theory]
    // A label with no join after it: prose, or a caption this rule cannot tell from prose.
    [InlineData("Update: The council said on Monday that the road will reopen next week.")]
    // A quotation introduced with a colon.
    [InlineData("He said: 'We will appeal the ruling,' and the hearing was adjourned.")]
    // A capitalised name after a lower-case word is not where a sentence starts.
    [InlineData("Warning: Forecasters told residents near Lake Tahoe to expect heavy snow.")]
    // Two full stops before the join: prose that runs on, not a caption.
    [InlineData("Verdict: The jury was out for an hour. It returned at noon. Later the judge thanked them and the court rose An appeal is expected.")]
    public void Labels_without_a_caption_join_are_not_captions(string text)
    {
        var cleaned = Clean(text);
        Assert.Equal(text, cleaned.Text);
        Assert.Empty(cleaned.Captions);
    }
}
