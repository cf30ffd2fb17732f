using Summarizer.Evaluation.Consistency;
using Summarizer.Evaluation.Consistency.Training;

namespace Summarizer.Evaluation.Tests.Consistency.Training;

public class TrainingSetTests
{
    private const string Budget = "The council approved the school budget on Monday after a long debate. The budget raises teacher pay by 3%. Parents welcomed the decision.";
    private const string Storm = "Storms hit the coast overnight and thousands of homes lost power. Crews worked through the night. The power company said most homes were back by noon.";
    private const string Rail = "The rail line reopened on Friday after a month of repairs. Commuters said the trains were on time. The operator thanked passengers for their patience.";
    private const string Fire = "A fire destroyed a warehouse in the port on Sunday. Nobody was hurt, the fire service said. The cause is not yet known.";

    private static FrankPair Pair(string id, string split, string summary) =>
        new(id, "cnndm", split, "bart", summary, 1.0, new Dictionary<string, double?>());

    private static CliffRow Cliff(string cut, string doc, string summary) => new("xsum", cut, "c", "bart", 1, doc, summary);

    private static ConsistencyData Data() => new(
        [Pair("budget", "dev", "The budget raises teacher pay by 3%."), Pair("storm", "dev", "Storms cut power to thousands."),
         Pair("rail", "test", "The rail line reopened.")],
        new Dictionary<string, string> { ["budget"] = Budget, ["storm"] = Storm, ["rail"] = Rail },
        // A val copy of a FRANK test article, re-spaced as XSum copies are; a test document that is a FRANK dev article.
        [Cliff("val", Rail.Replace(". ", "."), "The line reopened on Friday."), Cliff("val", Fire, "Nobody was hurt in the warehouse fire."),
         Cliff("test", Storm, "Homes lost power.")]);

    [Fact]
    public void Learns_from_dev_and_val_summaries_of_articles_no_file_tests_on()
    {
        var rows = TrainingSet.Build(Data(), new ConsistencyScorer());

        // The budget pair and the fire row; the storm pair is a CLIFF test article, the rail row a FRANK test article.
        Assert.Equal(2, rows.Count);
        Assert.Equal(["cliff-xsum", "frank-cnndm"], rows.Select(r => r.Source).Order());
        Assert.Equal(2, TrainingSet.LeftOutAsTest(Data()));
    }

    [Fact]
    public void Synthetic_negatives_are_made_only_from_the_admitted_summaries()
    {
        var admitted = TrainingSet.Build(Data(), new ConsistencyScorer());
        var rows = TrainingSet.Build(Data(), new ConsistencyScorer(), synthetic: true);

        Assert.Contains(rows, r => r.IsSynthetic);
        Assert.All(rows, r => Assert.Contains(r.ArticleKey, admitted.Select(a => a.ArticleKey)));
    }

    [Fact]
    public void Test_articles_are_those_of_frank_pairs_outside_dev_and_cliff_rows_outside_val()
    {
        var test = TestArticles.Of(Data());

        Assert.True(test.Contains(Rail));
        Assert.True(test.Contains(Storm));
        Assert.False(test.Contains(Budget));
        Assert.False(test.Contains(Fire));
    }
}
