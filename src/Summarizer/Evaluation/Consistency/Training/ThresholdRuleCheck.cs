namespace Summarizer.Evaluation.Consistency.Training;

/// <summary>
/// Which threshold rule transfers better to rows it was not chosen on, judged on CLIFF val alone: each origin's
/// articles are dealt into 5 folds, a threshold is chosen by each rule on four folds' out-of-fold model scores and
/// applied to the fifth, and the balanced accuracy of those held-out decisions is compared. <see cref="Dealings"/>
/// dealings per model dealing show the figure on these rows; a paired bootstrap over articles (each resample dealt
/// afresh, an article's copies kept in one fold) gives the difference's standard error — what another sample of
/// 150 summaries might show.
/// </summary>
public static class ThresholdRuleCheck
{
    public const int Dealings = 20;
    public const int BootstrapSamples = 200;

    private const int Folds = 5;

    /// <summary>One origin: held-out balanced accuracy with the maximising and the centred rule, and their difference's bootstrap error.</summary>
    public sealed record Figures(string Source, double Maximising, double Centred, double DifferenceError);

    private delegate (double Threshold, double Accuracy) Rule(IReadOnlyList<double> scores, IReadOnlyList<int> labels);

    public static List<Figures> Run(IReadOnlyList<TrainingRow> rows, IReadOnlyList<double[]> outOfFold)
    {
        var result = new List<Figures>();
        foreach (var source in rows.Select(r => r.Source).Where(s => s.StartsWith("cliff", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal))
        {
            var index = Enumerable.Range(0, rows.Count).Where(i => rows[i].Source == source).ToList();
            var articles = index.Select(i => rows[i].ArticleKey).Distinct().Order(StringComparer.Ordinal).ToList();
            var byArticle = index.ToLookup(i => rows[i].ArticleKey);
            double maximising = 0, centred = 0;
            int runs = 0;
            foreach (var scores in outOfFold)
                for (int d = 0; d < Dealings; d++, runs++)
                {
                    var items = articles.SelectMany(a => byArticle[a]).ToList();
                    var fold = CrossValidation.DealArticles(articles, Folds, new Random(100 + d));
                    maximising += HeldOut(items, rows, scores, fold, BalancedAccuracy.ChooseThreshold);
                    centred += HeldOut(items, rows, scores, fold, BalancedAccuracy.ChooseCentredThreshold);
                }
            var random = new Random(11);
            var differences = new List<double>();
            for (int b = 0; b < BootstrapSamples; b++)
            {
                var items = Enumerable.Range(0, articles.Count).SelectMany(_ => byArticle[articles[random.Next(articles.Count)]]).ToList();
                var fold = CrossValidation.DealArticles(articles, Folds, random);
                var scores = outOfFold[b % outOfFold.Count];
                differences.Add(HeldOut(items, rows, scores, fold, BalancedAccuracy.ChooseCentredThreshold)
                    - HeldOut(items, rows, scores, fold, BalancedAccuracy.ChooseThreshold));
            }
            double mean = differences.Average();
            result.Add(new Figures(source, maximising / runs, centred / runs, Math.Sqrt(differences.Average(x => (x - mean) * (x - mean)))));
        }
        return result;
    }

    /// <summary>Balanced accuracy of the held-out decisions, pooled over the folds.</summary>
    private static double HeldOut(List<int> items, IReadOnlyList<TrainingRow> rows, double[] scores, Dictionary<string, int> fold, Rule rule)
    {
        var decisions = new List<double>();
        var labels = new List<int>();
        for (int k = 0; k < Folds; k++)
        {
            var train = items.Where(i => fold[rows[i].ArticleKey] != k).ToList();
            var (threshold, _) = rule(train.Select(i => scores[i]).ToList(), train.Select(i => (int)rows[i].Target).ToList());
            foreach (var i in items.Where(i => fold[rows[i].ArticleKey] == k))
            {
                decisions.Add(scores[i] > threshold ? 1 : 0);
                labels.Add((int)rows[i].Target);
            }
        }
        return BalancedAccuracy.Of(decisions, labels, 0.5);
    }
}
