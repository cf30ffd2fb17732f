using Summarizer.Articles.Cleaning;
using static Summarizer.Tests.Articles.Cleaning.CleaningTestText;

namespace Summarizer.Tests.Articles.Cleaning;

/// <summary>Notices a page gives about itself (browsers, where things are on it, how readers' comments are used); made-up text.</summary>
public class PageNoticeTests
{
    [Fact]
    public void Notices_about_the_page_go_and_the_story_between_them_stays()
    {
        var cleaned = Clean(
            "This interactive map may not display on some older browsers. A text version of the figures is in the list below."
            + "The harbour flooded twice this winter, the council said.It works best in full screen on a desktop."
            + "Tell us your story.Your contact details will never be published.Please make sure you have read the terms and conditions.");

        Assert.Equal("A text version of the figures is in the list below. The harbour flooded twice this winter, the council said. Tell us your story.", cleaned.Text);
        Assert.Equal(4, cleaned.Removed.Count(r => r.Reason == "page notice"));
    }

    [Theory]
    [InlineData("The company said its new browser would not work on older phones until a later update.")]
    [InlineData("\"Your comments matter to us,\" the minister told the committee on Tuesday, promising a reply within a month.")]
    [InlineData("Officials said the terms and conditions of the loan would be published next week.")]
    public void News_about_browsers_comments_or_terms_is_not_a_notice(string sentence) => Assert.Equal(sentence, Clean(sentence).Text);
}
