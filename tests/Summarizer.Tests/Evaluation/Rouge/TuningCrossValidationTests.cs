using Summarizer.Evaluation.Rouge;
using Summarizer.Summaries.Extractive;

namespace Summarizer.Evaluation.Tests.Rouge;

public class TuningCrossValidationTests
{
    private static readonly TuningScore Zero = new(0, 0, 0);

    // A search over given per-row scores: LEAD-3 scores 0 everywhere, so a row's score is its margin.
    private static TuningRun Run(string[] datasets, params (double PositionWeight, double[] Margins)[] settings)
    {
        var lead = datasets.Select(_ => Zero).ToList();
        var run = new TuningRun(datasets, lead, []);
        var all = Enumerable.Range(0, datasets.Length).ToList();
        var results = settings.Select(s =>
        {
            var rows = s.Margins.Select(m => new TuningScore(m, m, m)).ToList();
            return new TuningResult(new ExtractiveOptions { PositionWeight = s.PositionWeight }, new Dictionary<string, TuningScore>(),
                new Dictionary<string, TuningScore>(), run.WorstMargin(rows, all), rows);
        });
        return run with { Results = [.. results.OrderByDescending(r => r.WorstMargin)] };
    }

    [Fact]
    public void A_setting_better_on_every_row_wins_every_fold_and_keeps_its_margin_held_out()
    {
        string[] datasets = [.. Enumerable.Repeat("cnndm", 10), .. Enumerable.Repeat("xsum", 10)];
        var run = Run(datasets, (0.5, [.. Enumerable.Repeat(1.0, 20)]), (0.7, [.. Enumerable.Repeat(-1.0, 20)]));
        var cv = TuningCrossValidation.Run(run, folds: 5, repeats: 3);
        Assert.Equal(1.0, cv.WorstMargin, 9);
        Assert.Equal(["cnndm", "xsum"], cv.HeldOutMargins.Keys.Order());
        var (options, folds) = Assert.Single(cv.Chosen);
        Assert.Equal(0.5, options.PositionWeight);
        Assert.Equal(15, folds);
        Assert.Equal(20, cv.HeldOutRows.Count);
        Assert.All(cv.HeldOutRows, r => Assert.Equal(1.0, r.Rouge1, 9));
    }

    [Fact]
    public void A_setting_that_wins_by_one_lucky_row_is_exposed_held_out()
    {
        // Setting A is the dev winner only thanks to row 0 (+10, −1 elsewhere: mean +0.1); B gains +0.05 on every row.
        string[] datasets = [.. Enumerable.Repeat("cnndm", 10)];
        double[] lucky = [10, .. Enumerable.Repeat(-1.0, 9)];
        var run = Run(datasets, (0.3, lucky), (0.5, [.. Enumerable.Repeat(0.05, 10)]));
        Assert.Equal(0.3, run.Results[0].Options.PositionWeight);
        Assert.Equal(0.1, run.Results[0].WorstMargin, 9);
        var cv = TuningCrossValidation.Run(run, folds: 5, repeats: 4);
        // Held out, the lucky row's fold picks B and every other fold picks A and loses on its rows.
        Assert.True(cv.WorstMargin < 0, $"held-out margin {cv.WorstMargin}");
        Assert.Equal(20, cv.Chosen.Sum(c => c.Folds));
    }

    [Fact]
    public void Training_only_rows_join_every_training_side_and_are_never_held_out()
    {
        // Ten dev rows on which A is a little ahead (+0.1 against 0), then ten training-only rows on which B is far ahead (+100).
        string[] datasets = [.. Enumerable.Repeat("cnndm", 20)];
        double[] a = [.. Enumerable.Repeat(0.1, 10), .. Enumerable.Repeat(-1.0, 10)];
        double[] b = [.. Enumerable.Repeat(0.0, 10), .. Enumerable.Repeat(100.0, 10)];
        var run = Run(datasets, (0.3, a), (0.5, b)) with { TrainingOnly = [.. Enumerable.Range(0, 20).Select(i => i >= 10)] };
        Assert.Equal(Enumerable.Range(0, 10), run.ReferenceRows);

        var cv = TuningCrossValidation.Run(run, folds: 5, repeats: 2);
        Assert.Equal(10, cv.HeldOutRows.Count);
        // The training-only rows decided every fold for B; held out, only dev rows are scored (B's +100 rows would show).
        var (options, folds) = Assert.Single(cv.Chosen);
        Assert.Equal(0.5, options.PositionWeight);
        Assert.Equal(10, folds);
        Assert.All(cv.HeldOutRows, r => Assert.Equal(0.0, r.Rouge1, 9));
        Assert.Equal(0.0, cv.WorstMargin, 9);

        // At weight 0 the training-only rows decide nothing: A, ahead on the dev rows, wins every fold.
        var unweighted = TuningCrossValidation.Run(run with { TrainingOnlyWeight = 0 }, folds: 5, repeats: 2);
        Assert.Equal(0.3, Assert.Single(unweighted.Chosen).Options.PositionWeight);
        Assert.Equal(0.1, unweighted.WorstMargin, 9);
    }

    [Fact]
    public void Dealing_puts_every_listed_row_in_a_fold_and_no_other()
    {
        string[] datasets = ["cnndm", "xsum", "cnndm", "xsum", "cnndm", "xsum", "cnndm"];
        var fold = TuningCrossValidation.Deal(datasets, [0, 1, 2, 3], folds: 2, new Random(1));
        Assert.All(fold.Take(4), f => Assert.InRange(f, 0, 1));
        Assert.All(fold.Skip(4), f => Assert.Equal(TuningCrossValidation.NoFold, f));
        // Each dataset's two dealt rows go to different folds.
        Assert.NotEqual(fold[0], fold[2]);
        Assert.NotEqual(fold[1], fold[3]);
    }

    [Fact]
    public void Training_only_rows_count_at_their_weight_in_a_margin()
    {
        var run = Run(["cnndm", "cnndm"], (0.5, [1, 4])) with { TrainingOnly = [false, true], TrainingOnlyWeight = 0.5 };
        // (1 × 1 + 0.5 × 4) / 1.5 = 2.
        Assert.Equal(2.0, run.Margins(run.Results[0].Rows, [0, 1])["cnndm"].Rouge1, 9);
        Assert.Equal(1.0, (run with { TrainingOnlyWeight = 0 }).WorstMargin(run.Results[0].Rows, [0, 1]), 9);
    }

    [Fact]
    public void Refuses_more_folds_than_rows()
    {
        var run = Run(["cnndm", "xsum"], (0.5, [1, 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => TuningCrossValidation.Run(run, folds: 3));
    }
}
