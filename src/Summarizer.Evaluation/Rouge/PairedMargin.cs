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
            var differences = cell.Where(s => s.System == system && baselineOf.ContainsKey(s.DocumentId))
                .Select(s => Difference(s.Scores, baselineOf[s.DocumentId].Scores)).ToList();
            if (differences.Count == 0) continue;
            var random = new Random(seed);
            var sampleMeans = new double[3][];
            for (int m = 0; m < 3; m++) sampleMeans[m] = new double[resamples];
            for (int r = 0; r < resamples; r++)
            {
                double a = 0, b = 0, c = 0;
                for (int k = 0; k < differences.Count; k++)
                {
                    var d = differences[random.Next(differences.Count)];
                    a += d.R1; b += d.R2; c += d.RLsum;
                }
                (sampleMeans[0][r], sampleMeans[1][r], sampleMeans[2][r]) = (a / differences.Count, b / differences.Count, c / differences.Count);
            }
            MeanWithInterval Summarise(double mean, double[] samples)
            {
                Array.Sort(samples);
                var (low, high) = SampleStatistics.Interval(samples, RougeAggregate.DefaultConfidence);
                return new MeanWithInterval(mean, low, high);
            }
            margins.Add(new PairedMargin(cell.Key.Dataset, cell.Key.Split, system, baseline, differences.Count,
                Summarise(differences.Average(d => d.R1), sampleMeans[0]), Summarise(differences.Average(d => d.R2), sampleMeans[1]),
                Summarise(differences.Average(d => d.RLsum), sampleMeans[2])));
        }
        return margins;
    }

    private static (double R1, double R2, double RLsum) Difference(RougeScores a, RougeScores b) =>
        ((a.Rouge1.F1 - b.Rouge1.F1) * 100, (a.Rouge2.F1 - b.Rouge2.F1) * 100, (a.RougeLsum.F1 - b.RougeLsum.F1) * 100);
}
