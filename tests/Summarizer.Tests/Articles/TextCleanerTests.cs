using Summarizer.Articles.Cleaning;

namespace Summarizer.Tests.Articles;

public class TextCleanerTests
{
    [Theory]
    [InlineData("Subscribe", "subscription")]
    [InlineData("Sign Up Now", "subscription")]
    [InlineData("Sign up to receive a daily email of today's top stories.", "sign-up")]
    [InlineData("©2025 Bloomberg L.P.", "copyright")]
    [InlineData("Copyright 2024 The Associated Press. All rights reserved.", "copyright")]
    [InlineData("Distributed by Tribune Content Agency, LLC.", "syndication")]
    [InlineData("With assistance from Jane Doe and John Roe.", "syndication")]
    [InlineData("Visit example.com.", "promotion")]
    [InlineData("For more news please follow us on X.", "promotion")]
    [InlineData("Watch the video below about the summit.", "video")]
    [InlineData("Crowds gather at a rally in Paris. (Jane Doe/AFP/Getty Images)", "photo caption")]
    public void Removes_publishing_furniture(string line, string reason)
    {
        var cleaned = TextCleaner.Clean($"The summit opened on Monday with leaders from ten countries.\n{line}\nTalks continued late into the night.", detectTitle: false);
        Assert.DoesNotContain(line, cleaned.Text);
        Assert.Contains(cleaned.Removed, r => r.Reason == reason && r.Text == line);
        Assert.Contains("Talks continued", cleaned.Text);
    }

    [Fact]
    public void Removes_a_source_list_and_its_items()
    {
        var cleaned = TextCleaner.Clean("Leaders met on Monday to discuss the plan.\nSources include:\nExample.com\nNewsSite.org\n", false);
        Assert.Equal("Leaders met on Monday to discuss the plan.", cleaned.Text);
        Assert.Equal(3, cleaned.Removed.Count(r => r.Reason == "source list"));
    }

    [Fact]
    public void Rejoins_a_line_wrapped_after_a_dangling_word()
    {
        var cleaned = TextCleaner.Clean("Macron, speaking to\nLe Figaro, described the plan as robust.", false);
        Assert.Equal("Macron, speaking to Le Figaro, described the plan as robust.", cleaned.Text);
    }

    [Fact]
    public void Takes_the_first_line_as_title_only_when_it_reads_like_one()
    {
        Assert.Equal("Leaders agree on a plan", TextCleaner.Clean("\nLeaders agree on a plan\nThe leaders agreed on a plan today.", true).Title);
        Assert.Null(TextCleaner.Clean("The leaders agreed on a plan today.\nThey will meet again.", true).Title);
    }

    [Fact]
    public void Strips_a_wire_dateline_and_keeps_the_copyright_holder_as_outlet()
    {
        var cleaned = TextCleaner.Clean("(Tribune News Service) — Leaders met in Paris on Monday.\n©2025 Bloomberg L.P.", false);
        Assert.Equal("Leaders met in Paris on Monday.", cleaned.Text);
        Assert.Equal("Bloomberg", cleaned.OutletHint);
    }

    [Fact]
    public void Drops_short_subheadings_but_not_sentences()
    {
        var cleaned = TextCleaner.Clean("Leaders met in Paris on Monday.\nSecurity guarantees\nThey agreed to meet again.", false);
        Assert.Equal("Leaders met in Paris on Monday.\nThey agreed to meet again.", cleaned.Text);
    }
}
