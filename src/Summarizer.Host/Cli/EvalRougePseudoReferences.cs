using System.Globalization;
using Summarizer.Evaluation;
using Summarizer.Evaluation.Rouge;

namespace Summarizer.Host.Cli;

/// <summary>
/// <c>eval rouge --tune --pseudo-refs FILE</c>: reads the pseudo-references and prints whether training on them helps
/// the search on articles it never saw, a held-out comparison on the dev rows' true references only.
/// </summary>
internal static class EvalRougePseudoReferences
{
    /// <summary>Weights of a pseudo-reference document against a dev row compared by cross-validation; 0 is tuning on dev alone.</summary>
    public static readonly double[] ComparedWeights = [0, 0.25, 0.5, 1, 2];

    /// <summary>
    /// Reads the val, label-1 summaries of <paramref name="path"/>, leaving out the articles of <paramref name="known"/>,
    /// only of <paramref name="datasets"/> unless it is empty; null when the file is missing.
    /// </summary>
    public static PseudoReferenceSet? Read(string path, IEnumerable<EvalDocument> known, IReadOnlyList<string> datasets)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"error: pseudo-references file not found: {Path.GetFullPath(path)}");
            return null;
        }
        var problems = new List<string>();
        var set = PseudoReferenceReader.Read(path, known, problems);
        var wanted = datasets.Select(EvalCorpusReader.NormalizeDataset).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count > 0) set = set with { Documents = [.. set.Documents.Where(d => wanted.Contains(d.Dataset))] };
        foreach (var problem in problems.Take(10)) Console.Error.WriteLine(problem);
        string perDataset = string.Join(", ", set.Documents.GroupBy(d => d.Dataset, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()} ({g.Sum(d => d.References.Count)} summaries)"));
        Console.WriteLine($"pseudo-references from {path} ({PseudoReferenceReader.TuningCut} cut, label 1): {set.Documents.Count} documents, {perDataset}; " +
            $"left out {set.ExcludedAsTest} documents that are test articles of the references file and {set.ExcludedAsTuning} that are its dev articles");
        return set;
    }

    /// <summary>
    /// Cross-validates the search with the pseudo-references at each of <see cref="ComparedWeights"/> (same dealings, so
    /// the comparison is paired row by row) and prints each held-out margin over LEAD-3 and its difference from dev alone.
    /// </summary>
    public static void CompareWeights(TuningRun run, int folds)
    {
        Console.WriteLine("pseudo-reference weight, cross-validated (held out: dev rows with their true references only): margin over LEAD-3 ± standard error; difference from weight 0 ± paired standard error");
        var baseline = TuningCrossValidation.Run(run with { TrainingOnlyWeight = 0 }, folds);
        var datasets = run.ReferenceRows.Select(i => run.Datasets[i]).ToList();
        foreach (double weight in ComparedWeights)
        {
            var cv = weight == 0 ? baseline : TuningCrossValidation.Run(run with { TrainingOnlyWeight = weight }, folds);
            var difference = PairedDifference.Of(datasets, cv.HeldOutRows, baseline.HeldOutRows);
            string versus = string.Join("; ", difference.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key} {Signed(d.Value.Mean, d.Value.StandardError)}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  weight {weight}: worst {cv.WorstMargin:+0.00;-0.00;0.00}; {Margins(cv)}; vs dev alone: {versus}"));
        }
    }

    /// <summary>The held-out margins per dataset, each measure with its standard error.</summary>
    public static string Margins(CrossValidatedTuning cv) => string.Join("; ", cv.HeldOutMargins.OrderBy(m => m.Key, StringComparer.Ordinal)
        .Select(m => $"{m.Key} {Signed(m.Value, cv.StandardErrors.GetValueOrDefault(m.Key))}"));

    private static string Signed(TuningScore value, TuningScore? error) => error is null
        ? string.Create(CultureInfo.InvariantCulture, $"{value.Rouge1:+0.00;-0.00;0.00}/{value.Rouge2:+0.00;-0.00;0.00}/{value.RougeLsum:+0.00;-0.00;0.00}")
        : string.Create(CultureInfo.InvariantCulture,
            $"{value.Rouge1:+0.00;-0.00;0.00}±{error.Rouge1:0.00}/{value.Rouge2:+0.00;-0.00;0.00}±{error.Rouge2:0.00}/{value.RougeLsum:+0.00;-0.00;0.00}±{error.RougeLsum:0.00}");
}
