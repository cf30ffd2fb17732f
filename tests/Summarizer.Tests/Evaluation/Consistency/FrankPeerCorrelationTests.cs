using System.Globalization;
using Summarizer.Evaluation.Consistency;

namespace Summarizer.Evaluation.Tests.Consistency;

/// <summary>
/// The protocol is checked against the published table: the peers' partial correlations computed from the shared
/// FRANK pairs must reproduce <c>frank/peer-correlations.tsv</c> to 3 decimals.
/// </summary>
public class FrankPeerCorrelationTests
{
    private static readonly string Frank = Path.Combine(EvalDataFactAttribute.Root, "frank");

    [EvalDataFact("frank")]
    public void Peer_figures_reproduce_the_published_table()
    {
        string pairsPath = Path.Combine(Frank, "pairs.jsonl"), tablePath = Path.Combine(Frank, "peer-correlations.tsv");
        Assert.True(File.Exists(pairsPath) && File.Exists(tablePath), $"the shared benchmark data is expected at {Path.GetFullPath(Frank)}");
        var problems = new List<string>();
        var pairs = FrankReader.ReadPairs(pairsPath, problems);
        Assert.Empty(problems);

        var rows = FrankEvaluation.Evaluate(pairs, FrankEvaluation.Scores(pairs, new Dictionary<string, IReadOnlyList<double>>()));

        var expected = File.ReadLines(tablePath).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
        Assert.True(expected.Count >= 30, $"only {expected.Count} rows in the table");
        foreach (var e in expected)
        {
            var row = Assert.Single(rows, r => r.Split == e[0] && r.Dataset == e[1] && r.Metric == e[2]);
            Assert.Equal(int.Parse(e[3], CultureInfo.InvariantCulture), row.N);
            Assert.Equal(double.Parse(e[4], CultureInfo.InvariantCulture), Math.Round(row.Pearson, 3), 3);
            Assert.Equal(double.Parse(e[5], CultureInfo.InvariantCulture), Math.Round(row.Spearman, 3), 3);
        }
    }
}
