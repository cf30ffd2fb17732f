using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Facts.Dates;

public class DateExtractorTests
{
    [Theory]
    [InlineData("On March 16, Medvedev warned the allies about the plan.", "On March 16", false)]
    [InlineData("Defense ministers met in Paris on Wednesday to coordinate.", "on Wednesday", true)]
    [InlineData("Starmer and Macron agreed in early March to speed up the plan.", "in early March", false)]
    [InlineData("At the end of January, the president said more troops were needed.", "At the end of January", false)]
    [InlineData("The other day, Reuters wrote that options were being reviewed.", "The other day", true)]
    [InlineData("The ministers will meet again next week to continue talks.", "next week", true)]
    [InlineData("The rally took place on Wednesday, March 12, 2025 in the capital.", "on Wednesday, March 12, 2025", false)]
    [InlineData("The idea was first proposed two months ago by the allies.", "two months ago", true)]
    public void Finds_absolute_and_relative_dates(string text, string expected, bool relative)
    {
        var date = Assert.Single(FactsOf(text).Dates);
        Assert.Equal(expected, date.Text);
        Assert.Equal(relative, date.IsRelative);
    }

    [Fact]
    public void Months_as_words_are_not_dates()
    {
        Assert.Empty(FactsOf("They may march on the capital if the talks fail again soon.").Dates);
    }
}
