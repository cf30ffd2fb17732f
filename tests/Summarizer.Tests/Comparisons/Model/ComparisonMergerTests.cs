using Summarizer.Comparisons;
using Summarizer.Comparisons.Model;

namespace Summarizer.Tests.Comparisons.Model;

public class ComparisonMergerTests
{
    private static Position P(string article, int sentence, string value = "v") => new(article, article.ToUpperInvariant(), value, "sentence", sentence);

    private static readonly StoryComparison Rules = new()
    {
        StoryId = "s",
        Articles = [new ComparedArticle("a", "A", null), new ComparedArticle("b", "B", null)],
        Conflicts = [new Conflict(FactKind.Quantity, "troops", [P("a", 1, "30,000"), P("b", 2, "50,000")])],
        SingleSource = [new SingleSourceClaim(FactKind.Quote, "q", P("a", 4))],
    };

    [Fact]
    public void New_model_findings_are_added_and_marked_and_known_ones_are_not_repeated()
    {
        var model = Rules with
        {
            // Same kind and sentences as the rules' conflict, in the other order: already known.
            Conflicts = [new Conflict(FactKind.Quantity, "soldiers", [P("b", 2), P("a", 1)]), new Conflict(FactKind.Claim, "date", [P("a", 5), P("b", 6)])],
            Agreements = [new Agreement(FactKind.Claim, "talks in Paris", [P("a", 0), P("b", 0)])],
            SingleSource = [new SingleSourceClaim(FactKind.Quote, "q", P("a", 4)), new SingleSourceClaim(FactKind.Claim, "new", P("b", 7))],
            DroppedPositions = 2,
        };

        var merged = ComparisonMerger.Merge(Rules, model, maxSingleSource: 10, engine: "deterministic+llm:m");

        Assert.Equal(["rules", "model"], merged.Conflicts.Select(c => c.Origin));
        Assert.Equal("date", merged.Conflicts[1].Subject);
        Assert.Equal("model", Assert.Single(merged.Agreements).Origin);
        Assert.Equal([("q", "rules"), ("new", "model")], merged.SingleSource.Select(s => (s.Statement, s.Origin)));
        Assert.Equal(2, merged.DroppedPositions);
        Assert.Equal("deterministic+llm:m", merged.Engine);
    }

    [Fact]
    public void The_single_source_cap_holds_after_merging_and_keeps_the_rules_first()
    {
        var model = Rules with { Conflicts = [], SingleSource = [new SingleSourceClaim(FactKind.Claim, "new", P("b", 7))] };

        var merged = ComparisonMerger.Merge(Rules, model, maxSingleSource: 1, engine: "e");

        Assert.Equal("q", Assert.Single(merged.SingleSource).Statement);
    }
}
