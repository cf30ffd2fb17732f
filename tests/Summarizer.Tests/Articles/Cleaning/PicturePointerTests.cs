using static Summarizer.Tests.Articles.Cleaning.CleaningTestText;

namespace Summarizer.Tests.Articles.Cleaning;

/// <summary>Brackets that point at a picture the text no longer shows; made-up text.</summary>
public class PicturePointerTests
{
    [Theory]
    [InlineData("The former bank chief (pictured) was among those invited to the dinner.", "The former bank chief was among those invited to the dinner.")]
    [InlineData("The goalkeeper (left) saved two penalties, the coach (second from right) said.", "The goalkeeper saved two penalties, the coach said.")]
    [InlineData("She met the minister (Pictured: right) at the summit in June.", "She met the minister at the summit in June.")]
    [InlineData("A tourist said she was followed by a driver, who has now been arrested (picture posed by model).", "A tourist said she was followed by a driver, who has now been arrested.")]
    [InlineData("The zoo's two cheetahs (file photo of cheetahs at the zoo), were moved on Monday.", "The zoo's two cheetahs, were moved on Monday.")]
    [InlineData("The farmer and his wife (both pictured) sold the herd last year.", "The farmer and his wife sold the herd last year.")]
    [InlineData("The mayor (top left) and the bishop (second right) opened the bridge.", "The mayor and the bishop opened the bridge.")]
    [InlineData("The coach (right)'s plan worked.", "The coach's plan worked.")]
    [InlineData("The old station (pictured in 1962 before the fire) will reopen as a museum.", "The old station will reopen as a museum.")]
    public void A_pointer_to_a_picture_goes_and_the_sentence_reads_on(string body, string expected)
    {
        var cleaned = Clean(body);

        Assert.Equal(expected, cleaned.Text);
        Assert.Contains(cleaned.Removed, r => r.Reason == "picture pointer");
    }

    [Theory]
    [InlineData("Senator Jane Doe (R-Maine) voted against the bill on Tuesday.")]
    [InlineData("The win lifted them two points clear (to finish above City) on the final day.")]
    [InlineData("Sales rose sharply (like those above) in the third quarter.")]
    [InlineData("The Christian Democrats (centre right) won, while the National Rally (far right) came third.")]
    public void A_bracket_that_says_more_than_where_a_picture_is_stays(string sentence)
    {
        var cleaned = Clean(sentence);

        Assert.Equal(sentence, cleaned.Text);
        Assert.DoesNotContain(cleaned.Removed, r => r.Reason == "picture pointer");
    }

    [Fact]
    public void Several_pointers_on_one_line_all_go_and_each_is_recorded()
    {
        var cleaned = Clean("The coach (right) watched as the striker (above) scored. The chairman (pictured) was absent.");

        Assert.Equal("The coach watched as the striker scored. The chairman was absent.", cleaned.Text);
        Assert.Equal(3, cleaned.Removed.Count(r => r.Reason == "picture pointer"));
    }
}
