namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// One system's margin over a baseline on the same documents of one dataset split: the mean per-document difference
/// of ROUGE-1, -2 and -Lsum F1 × 100, each with its 95% percentile bootstrap interval over documents. Pairing takes out
/// what both systems share (how hard each document's reference is to match), so the interval says how far the margin
/// itself would move on another sample of that many articles.
/// </summary>
public sealed record PairedMargin(
    string Dataset, string Split, string System, string Baseline, int Count, MeanWithInterval Rouge1, MeanWithInterval Rouge2, MeanWithInterval RougeLsum)
{
    /// <summary>The margins of <paramref name="system"/> over <paramref name="baseline"/> per dataset and split, on documents both scored.</summary>
    public static List<PairedMargin> Of(IReadOnlyList<DocumentScore> scores, string system, string baseline, int resamples = RougeAggregate.DefaultResamples, int seed = 7)
    {
        var margins = new List<PairedMargin>();
        var byCell = scores.GroupBy(s => (s.Dataset, s.Split)).OrderBy(g => g.Key.Dataset, StringComparer.Ordinal).ThenBy(g => g.Key.Split, StringComparer.Ordinal);
        foreach (var cell in byCell)
        {
            var baselineOf = cell.Where(s => s.System == baseline).ToDictionary(s => s.DocumentId, StringComparer.Ordinal);
            var paired = cell.Where(s => s.System == system && baselineOf.ContainsKey(s.DocumentId))
                .Select(s => (s.DocumentId, Difference: Difference(s.Scores, baselineOf[s.DocumentId].Scores))).ToList();
            if (paired.Count == 0) continue;
            var resampled = ArticleResampler.Resamples([.. Enumerable.Range(0, paired.Count)], k => paired[k].DocumentId, resamples, seed).ToList();
            MeanWithInterval Measure(Func<(double R1, double R2, double RLsum), double> measure)
            {
                var interval = ArticleResampler.Interval(resampled.Select(r => r.Average(k => measure(paired[k].Difference))));
                return new MeanWithInterval(paired.Average(p => measure(p.Difference)), interval!.Value.Low, interval.Value.High);
            }
            margins.Add(new PairedMargin(cell.Key.Dataset, cell.Key.Split, system, baseline, paired.Count,
                Measure(d => d.R1), Measure(d => d.R2), Measure(d => d.RLsum)));
        }
        return margins;
    }

    private static (double R1, double R2, double RLsum) Difference(RougeScores a, RougeScores b) =>
        ((a.Rouge1.F1 - b.Rouge1.F1) * 100, (a.Rouge2.F1 - b.Rouge2.F1) * 100, (a.RougeLsum.F1 - b.RougeLsum.F1) * 100);
}
