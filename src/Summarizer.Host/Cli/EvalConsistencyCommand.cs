using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Summarizer.Evaluation;
using Summarizer.Evaluation.Consistency;
using Summarizer.Evaluation.Consistency.Intervals;
using Summarizer.Evaluation.Consistency.Training;
using Summarizer.Summaries;
using Summarizer.Verification;

namespace Summarizer.Host.Cli;

/// <summary>
/// <c>summarizer eval consistency</c>: how well the verifier's score agrees with human factuality judgements.
/// FRANK format (<c>--pairs --refs</c>): partial Pearson/Spearman with the summariser as control, per split and
/// dataset, beside every peer in the file. CLIFF format (<c>--labels</c>): threshold per origin chosen on val,
/// balanced accuracy on test, beside the published peers. With no format named, both defaults run.
/// </summary>
internal static class EvalConsistencyCommand
{
    /// <summary>Our score: the verdict's. The baseline beside it in the same run: the share of supported findings.</summary>
    public const string OurMetric = "summarizer";
    public const string FindingsMetric = "findings-share";

    /// <summary>The verdict a reader sees, as a yes/no detector: verified (1) or not (0).</summary>
    public const string VerifiedMetric = "verified";

    /// <summary>The model file the library embeds, relative to the repository root.</summary>
    public const string DefaultModelPath = "src/Summarizer/Verification/Model/score-model.json";

    public static Command Create()
    {
        var pairs = new Option<string?>("--pairs") { Description = "FRANK-format summaries with human factuality (JSON Lines)" };
        var refs = new Option<string?>("--refs") { Description = "The articles of --pairs by id (JSON Lines)" };
        var labels = new Option<string?>("--labels") { Description = "CLIFF/AggreFact-format CSV: origin, cut, label, doc, summary" };
        var json = new Option<string?>("--json") { Description = "Also write the figures to this JSON file" };
        var train = new Option<bool>("--train") { Description = "Refit the verifier's score model on FRANK dev and CLIFF val rows only" };
        var features = new Option<string?>("--features") { Description = "Write every labelled summary's features and score to this TSV file" };
        var output = new Option<string?>("--out") { Description = "With --train: where to write the model (default: the repository's model file)" };
        var noEmbeddings = new Option<bool>("--no-embeddings") { Description = "Score without the sentence-embedding model (its features left at their training mean)" };
        var command = new Command("consistency", "Correlation and balanced accuracy of the verifier's score against human judgements")
        { pairs, refs, labels, json, train, output, features, noEmbeddings };
        command.SetAction((parse, ct) => Task.FromResult(Run(new ConsistencyPaths(parse.GetValue(pairs), parse.GetValue(refs), parse.GetValue(labels)),
            parse.GetValue(json), parse.GetValue(train), parse.GetValue(output), parse.GetValue(features), parse.GetValue(noEmbeddings), ct)));
        return command;
    }

    private static int Run(ConsistencyPaths given, string? jsonPath, bool train, string? modelPath, string? featuresPath, bool noEmbeddings, CancellationToken ct)
    {
        if (train && noEmbeddings)
        {
            Console.Error.WriteLine("error: --train fits the model on every feature; it cannot be combined with --no-embeddings");
            return 2;
        }
        var paths = given.WithDefaults(EvalCommand.DefaultEvalData);
        foreach (var missing in paths.Files().Where(p => !File.Exists(p)))
        {
            Console.Error.WriteLine($"error: file not found: {Path.GetFullPath(missing)} (the shared benchmark data is expected in {EvalCommand.DefaultEvalData})");
            return 2;
        }
        var problems = new List<string>();
        var data = ConsistencyData.Read(paths, problems);
        foreach (var problem in problems.Take(10)) Console.Error.WriteLine(problem);
        var scorer = noEmbeddings ? ConsistencyScorer.WithoutEmbeddings() : new ConsistencyScorer();
        if (featuresPath is not null) FeatureDump.Write(featuresPath, data, scorer);
        if (train) return Train(data, scorer, modelPath ?? DefaultModelPath, ct);

        var console = Terminal.Create();
        var correlations = new List<CorrelationRow>();
        var accuracies = new List<BalancedAccuracyRow>();
        var comparisons = new List<CorrelationComparison>();
        if (data.Pairs.Count > 0)
        {
            var verdicts = scorer.VerifyAll(data.Pairs.Select(p => (data.Articles.GetValueOrDefault(p.ArticleId, ""), p.Summary)).ToList(), ct);
            var scores = FrankEvaluation.Scores(data.Pairs, Metrics(verdicts));
            (correlations, comparisons) = CorrelationIntervals.Add(data.Pairs, scores, FrankEvaluation.Evaluate(data.Pairs, scores), OurMetric);
            console.Write(ConsistencyTables.Correlations(correlations));
            console.WriteLine($"partial Pearson / Spearman with the summariser as control; {data.Pairs.Count} summaries from {paths.Pairs}");
            console.Write(ConsistencyTables.Comparisons(correlations, comparisons, OurMetric, [FindingsMetric]));
            console.WriteLine($"95% intervals from {ArticleResampler.DefaultResamples} bootstrap resamples of the articles (all metrics on the same ones); " +
                "FRANK dev is the score model's training data, so its rows are in-sample, not a measurement");
            ReportSelfCheck(data.Articles.Values, scorer, console, ct);
        }
        if (data.Labels.Count > 0)
        {
            var verdicts = scorer.VerifyAll(data.Labels.Select(r => (r.Document, r.Summary)).ToList(), ct);
            accuracies = CliffEvaluation.Evaluate(data.Labels, Metrics(verdicts));
            console.Write(ConsistencyTables.Accuracies(accuracies));
            console.WriteLine($"balanced accuracy, threshold per origin chosen on val; {data.Labels.Count} summaries from {paths.Labels}");
        }
        if (jsonPath is not null) File.WriteAllText(jsonPath, new ConsistencyReport(correlations, accuracies, comparisons).ToJson());
        return 0;
    }

    private static int Train(ConsistencyData data, ConsistencyScorer scorer, string modelPath, CancellationToken ct)
    {
        var result = ConsistencyTraining.Run(data, scorer, ct);
        var console = Terminal.Create();
        console.Write(ConsistencyTables.Training(result));
        console.Write(ConsistencyTables.ThresholdRules(result.ThresholdRules));
        File.WriteAllText(modelPath, result.Model.ToJson() + "\n");
        console.WriteLine($"fitted on {result.Rows} summaries (FRANK dev, CLIFF val); model written to {modelPath}");
        return 0;
    }

    private static Dictionary<string, IReadOnlyList<double>> Metrics(Verdict[] verdicts) => new()
    {
        [OurMetric] = verdicts.Select(v => v.Score).ToList(),
        [FindingsMetric] = verdicts.Select(v => Scoring.Score(v.Findings)).ToList(),
        [VerifiedMetric] = verdicts.Select(v => v.IsVerified ? 1.0 : 0.0).ToList(),
    };

    private static void ReportSelfCheck(IEnumerable<string> articles, ConsistencyScorer scorer, IAnsiConsole console, CancellationToken ct)
    {
        var (count, flagged) = ExtractiveSelfCheck.Run(articles, scorer, ct);
        console.WriteLine($"extractive summaries of the {count} reference articles: {count - flagged.Count} verify clean, {flagged.Count} flagged");
        foreach (var line in flagged.Take(10)) console.WriteLine("  " + line);
    }
}
