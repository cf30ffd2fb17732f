using System.Globalization;
using Spectre.Console;
using Summarizer.Evaluation.Consistency;
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

    public static Table Accuracies(IReadOnlyList<BalancedAccuracyRow> rows)
    {
        var table = new Table().AddColumns("origin", "metric", "threshold (val)", "val", "test");
        foreach (var r in rows)
            table.AddRow(new[] { r.Origin, r.Metric, F(r.Threshold), F(r.Val), F(r.Test) }.Select(Markup.Escape).ToArray());
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
        return table;
    }

    public static Table ThresholdRules(IReadOnlyList<ThresholdRuleCheck.Figures> rows)
    {
        var table = new Table().AddColumns("CLIFF val, threshold chosen on 4 folds, held-out BA", "maximising", "centred (1 SE)", "bootstrap SE of the difference");
        foreach (var r in rows) table.AddRow(Markup.Escape(r.Source), F(r.Maximising), F(r.Centred), F(r.DifferenceError));
        return table;
    }

    private static string Signed(double value) => (value < -0.0005 ? "-" : "+") + F(Math.Abs(value));

    private static string F(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "—";
}
