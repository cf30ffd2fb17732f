using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Articles;

public class SeedCleaningTests
{
    // Furniture known to be in the seed files; none of it may survive cleaning.
    private static readonly string[] Furniture =
    [
        "Subscribe", "Sign up", "Sign Up", "©", "Distributed by", "Visit bloomberg.com", "Watch the video", "This video is from",
        "Sources include", "Getty Images", "follow us on X", "With assistance from", "Tribune News Service", "YourNews.com",
    ];

    public static TheoryData<int> SeedIndexes() => new() { 0, 1, 2, 3, 4 };

    [Theory]
    [MemberData(nameof(SeedIndexes))]
    public void No_furniture_reaches_the_clean_text(int seed)
    {
        var article = Repo.Seed(seed);
        foreach (var marker in Furniture) Assert.DoesNotContain(marker, article.Text);
        Assert.True(article.Sentences.Count >= 10, $"seed {seed} has only {article.Sentences.Count} sentences");
    }

    [Theory]
    [MemberData(nameof(SeedIndexes))]
    public void Every_sentence_offset_matches_the_text(int seed)
    {
        var article = Repo.Seed(seed);
        foreach (var s in article.Sentences) Assert.Equal(s.Text, article.Text.Substring(s.Start, s.Length));
    }

    [Fact]
    public void The_same_content_gets_the_same_id_and_different_content_another()
    {
        Assert.Equal(Repo.Seed(0).Id, Repo.Seed(0).Id);
        Assert.Equal(5, Enumerable.Range(0, 5).Select(i => Repo.Seed(i).Id).Distinct().Count());
    }

    [Fact]
    public void A_photo_caption_and_its_alt_text_are_removed_and_kept_for_debugging()
    {
        var article = Repo.Seed(3);
        Assert.DoesNotContain("People carry flags", article.Text);
        Assert.Equal(2, article.Removed.Count(r => r.Reason == "photo caption"));
        Assert.Equal("Bloomberg", article.Outlet);
    }
}
