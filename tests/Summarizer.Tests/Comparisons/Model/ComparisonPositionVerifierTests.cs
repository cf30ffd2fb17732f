using Summarizer.Articles;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Model;

namespace Summarizer.Tests.Comparisons.Model;

public sealed class ComparisonPositionVerifierTests
{
    private static readonly Article A = TestArticles.Make("Officials said “30 thousand troops” would   go. The alliance met in Geneva.", "A");
    private static readonly Article B = TestArticles.Make("Diplomats said 37 countries belong to the alliance now. Talks ran late.", "B");

    private static Position P(Article a, string value, string sentence) => new(a.Id, "model's name", value, sentence, 99);

    private static StoryComparison Reported(params Conflict[] conflicts) => new()
    {
        StoryId = "story-test",
        Articles = [new ComparedArticle(A.Id, "A", null), new ComparedArticle(B.Id, "B", null)],
        Conflicts = conflicts,
    };

    [Fact]
    public void Positions_quoted_from_their_article_survive_whitespace_quote_style_and_number_format_aside()
    {
        var conflict = new Conflict(FactKind.Quantity, "troops",
        [
            P(A, "30,000", "Officials said \"30 thousand troops\" would go."),
            P(B, "37 countries", "[0] Diplomats said 37 countries belong to the alliance now."),
        ]);

        var verified = new ComparisonPositionVerifier().Verify(Reported(conflict), [A, B]);

        Assert.Empty(verified.Dropped);
        var kept = Assert.Single(verified.Comparison.Conflicts);
        Assert.Equal(["A", "B"], kept.Positions.Select(p => p.Outlet));
        Assert.Equal([0, 0], kept.Positions.Select(p => p.SentenceId));
        Assert.Equal(0, verified.Comparison.DroppedPositions);
    }

    [Fact]
    public void Invented_sentences_wrong_values_and_unknown_articles_are_dropped_and_counted()
    {
        var conflict = new Conflict(FactKind.Quantity, "troops",
        [
            P(A, "30,000", "Officials said “30 thousand troops” would go."),
            P(B, "40 countries", "Diplomats said 37 countries belong to the alliance now."),
            P(B, "37 countries", "Diplomats said 37 countries joined the alliance."),
            new Position("nope", "C", "12", "Twelve were there, and 12 is a number.", 0),
        ]);

        var verified = new ComparisonPositionVerifier().Verify(Reported(conflict), [A, B]);

        Assert.Equal(3, verified.Dropped.Count);
        Assert.Equal(3, verified.Comparison.DroppedPositions);
        Assert.Contains(verified.Dropped, d => d.Position.Value == "40 countries" && d.Reason.Contains("value"));
        Assert.Contains(verified.Dropped, d => d.Reason.Contains("does not occur"));
        // One surviving position is no conflict any more.
        Assert.Empty(verified.Comparison.Conflicts);
    }

    [Fact]
    public void The_deterministic_comparison_passes_its_own_check()
    {
        var comparison = new StoryComparer().Compare(SeedInputs.All());

        var verified = new ComparisonPositionVerifier().Verify(comparison, SeedInputs.All().Select(i => i.Article).ToList());

        Assert.True(verified.Dropped.Count == 0, string.Join("\n", verified.Dropped.Select(d => $"{d.Reason}: {d.Position}")));
        Assert.Equal(comparison.Conflicts.Count, verified.Comparison.Conflicts.Count);
    }
}
