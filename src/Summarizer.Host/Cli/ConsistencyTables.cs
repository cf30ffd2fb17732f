using System.Globalization;
using Spectre.Console;
using Summarizer.Evaluation.Consistency;
using Summarizer.Evaluation.Consistency.Intervals;
using Summarizer.Evaluation.Consistency.Training;

namespace Summarizer.Host.Cli;

/// <summary>The tables of <c>eval consistency</c>: one row per metric, ours first, one column per split × dataset or origin.</summary>
internal static class ConsistencyTables
{
    public static Table Correlations(IReadOnlyList<CorrelationRow> rows)
    {
        var columns = rows.Select(r => (r.Split, r.Dataset)).Distinct().ToList();
        var table = new Table().AddColumn("metric (Pearson / Spearman)");
        foreach (var (split, dataset) in columns) table.AddColumn($"{split} {dataset}");
        foreach (var metric in rows.Select(r => r.Metric).Distinct())
        {
            var cells = columns.Select(c => rows.FirstOrDefault(r => r.Metric == metric && r.Split == c.Split && r.Dataset == c.Dataset) is { } r
                ? string.Create(CultureInfo.InvariantCulture, $"{r.Pearson:0.000} / {r.Spearman:0.000} (n={r.N})") : "—");
            table.AddRow(new[] { metric }.Concat(cells).Select(Markup.Escape).ToArray());
        }
        return table;
    }

    /// <summary>
    /// Per split and dataset: our metric's Pearson and the best peer's, each with its 95% interval, and the difference
    /// with its own (paired) interval: whether the benchmark can tell them apart at all.
    /// </summary>
    public static Table Comparisons(IReadOnlyList<CorrelationRow> rows, IReadOnlyList<CorrelationComparison> comparisons, string ours, IReadOnlyCollection<string> ourOthers)
    {
        var table = new Table().AddColumns("split dataset", "ours: Pearson [[95%]]", "best peer: Pearson [[95%]]", "ours − peer [[95%]]", "resamples ours higher");
        foreach (var cell in rows.GroupBy(r => (r.Split, r.Dataset)))
        {
            var mine = cell.FirstOrDefault(r => r.Metric == ours);
            var peer = cell.Where(r => r.Metric != ours && !ourOthers.Contains(r.Metric) && comparisons.Any(c => Same(c, r))).MaxBy(r => r.Pearson);
            if (mine is null || peer is null) continue;
            var comparison = comparisons.First(c => Same(c, peer));
            table.AddRow(new[] { $"{cell.Key.Split} {cell.Key.Dataset}", WithInterval(mine.Pearson, mine.PearsonLow, mine.PearsonHigh),
                $"{peer.Metric} {WithInterval(peer.Pearson, peer.PearsonLow, peer.PearsonHigh)}",
                WithInterval(comparison.Difference, comparison.Low, comparison.High), comparison.ShareAbove.ToString("0%", CultureInfo.InvariantCulture) }
                .Select(Markup.Escape).ToArray());
        }
        return table;
    }

    public static Table Accuracies(IReadOnlyList<BalancedAccuracyRow> rows)
    {
        var table = new Table().AddColumns("origin", "metric", "threshold (val)", "val", "test", "test 95% interval");
        foreach (var r in rows)
            table.AddRow(new[] { r.Origin, r.Metric, F(r.Threshold), F(r.Val), F(r.Test), r.TestLow is null ? "—" : $"[{F(r.TestLow)}, {F(r.TestHigh)}]" }
                .Select(Markup.Escape).ToArray());
        return table;
    }

    public static Table Training(ConsistencyTraining.Result result)
    {
        var table = new Table().AddColumns("5-fold CV ×3 on FRANK dev + CLIFF val", "FRANK dev partial Pearson", "CLIFF val cnndm BA",
            "CLIFF val xsum BA", "objective", "bootstrap SE");
        double chosen = result.Grid.First(g => g.Trainer == result.Chosen).Figures.Objective;
        foreach (var (trainer, f) in result.Grid)
        {
            bool isChosen = trainer == result.Chosen;
            table.AddRow(Markup.Escape($"L2 {trainer.L2}, FRANK weight {trainer.FrankWeight}, synthetic {result.SyntheticWeight}{(isChosen ? " (chosen)" : "")}"),
                F(f.FrankPearson), F(f.CliffCnndm), F(f.CliffXsum), F(f.Objective), isChosen ? F(result.ChosenError) : "");
        }
        foreach (var a in result.Ablations)
            table.AddRow(Markup.Escape("without " + a.Without), F(a.Figures.FrankPearson), F(a.Figures.CliffCnndm), F(a.Figures.CliffXsum),
                $"{F(a.Figures.Objective)} ({Signed(a.Figures.Objective - chosen)})",
                "Δ " + F(a.DifferenceError));
        // The synthetic weights at the chosen L2 and FRANK weight; the error is that of the change from none.
        foreach (var a in result.Augmentations)
            table.AddRow(Markup.Escape((a.Weight == 0 ? "no synthetic negatives" : $"{a.SyntheticRows} synthetic negatives at weight {a.Weight}")
                    + (a.Weight == result.SyntheticWeight ? " (chosen)" : "")),
                F(a.Figures.FrankPearson), F(a.Figures.CliffCnndm), F(a.Figures.CliffXsum), $"{F(a.Figures.Objective)} ({Signed(a.Figures.Objective - chosen)})",
                a.Weight == 0 ? "" : "Δ vs none " + F(a.DifferenceError));
        var c = result.Calibration;
        table.AddRow(Markup.Escape(FormattableString.Invariant($"Platt-scaled on 4 folds' scores, applied to the 5th (slope {c.Scaling.Slope:0.00} on all)") + (c.Helps ? " (kept)" : " (not kept)")),
            F(c.Calibrated.FrankPearson), F(c.Calibrated.CliffCnndm), F(c.Calibrated.CliffXsum),
            $"{F(c.Calibrated.Objective)} ({Signed(c.Calibrated.Objective - chosen)})", "Δ " + F(c.DifferenceError));
        table.Caption(Markup.Escape($"held-out log loss of the chosen configuration {F(c.LogLoss)}, Platt-scaled {F(c.CalibratedLogLoss)}"));
        return table;
    }

    public static Table ThresholdRules(IReadOnlyList<ThresholdRuleCheck.Figures> rows)
    {
        var table = new Table().AddColumns("CLIFF val, threshold chosen on 4 folds, held-out BA", "maximising", "centred (1 SE)", "bootstrap SE of the difference");
        foreach (var r in rows) table.AddRow(Markup.Escape(r.Source), F(r.Maximising), F(r.Centred), F(r.DifferenceError));
        return table;
    }

    private static bool Same(CorrelationComparison c, CorrelationRow r) => c.Split == r.Split && c.Dataset == r.Dataset && c.Against == r.Metric;

    private static string WithInterval(double value, double? low, double? high) =>
        low is null ? F(value) : $"{F(value)} [{F(low)}, {F(high)}]";

    private static string Signed(double value) => (value < -0.0005 ? "-" : "+") + F(Math.Abs(value));

    private static string F(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "—";
}
