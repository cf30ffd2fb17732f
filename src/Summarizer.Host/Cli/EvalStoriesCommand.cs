using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Clustering;
using Summarizer.Evaluation.Rouge;
using Summarizer.Evaluation.Stories;
using Summarizer.Facts;
using Summarizer.Text.Embeddings;

namespace Summarizer.Host.Cli;

/// <summary>
/// <c>summarizer eval stories</c>: B-cubed of the story clustering over events mixed with unrelated articles, and
/// ROUGE of each event's roundup beside two baselines, all computed in the same run; each figure for all events and
/// for the tuning and held-out halves.
/// </summary>
internal static class EvalStoriesCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Events in the NeuS AllSides format (JSON Lines)", DefaultValueFactory = _ => Path.Combine(EvalCommand.DefaultEvalData, "neus-allsides", "dev.jsonl") };
        var distractors = new Option<string?>("--distractors") { Description = "Unrelated articles in the FRANK refs format, mixed in; belong to no event", DefaultValueFactory = _ => Path.Combine(EvalCommand.DefaultEvalData, "frank", "refs.jsonl") };
        var json = new Option<string?>("--json") { Description = "Also write the figures to this file as JSON" };
        var threshold = new Option<double?>("--threshold") { Description = "Override Summarizer:Comparison:ClusterThreshold (tune on the tune half only)" };
        var leadShare = new Option<double?>("--lead-share") { Description = "Override the share of the title-and-lead similarity (tune on the tune half only)" };
        var noEmbeddings = new Option<bool>("--no-embeddings") { Description = "Compare titles and leads by TF-IDF instead of MiniLM sentence embeddings" };
        var sweep = new Option<bool>("--sweep") { Description = "Print B-cubed per half for a range of thresholds instead of the full evaluation" };
        var command = new Command("stories", "B-cubed of story clustering and ROUGE of roundups beside baselines") { data, distractors, json, threshold, leadShare, noEmbeddings, sweep };
        command.SetAction((parse, ct) => Task.FromResult(Run(parse.GetValue(data)!, parse.GetValue(distractors), parse.GetValue(json),
            parse.GetValue(threshold), parse.GetValue(leadShare), !parse.GetValue(noEmbeddings), parse.GetValue(sweep), ct)));
        return command;
    }

    private static int Run(string dataPath, string? distractorPath, string? jsonPath, double? threshold, double? leadShare, bool embeddings, bool sweep, CancellationToken ct)
    {
        if (!File.Exists(dataPath)) return Missing("events file", dataPath, "--data");
        if (distractorPath is not null && !File.Exists(distractorPath)) return Missing("distractors file", distractorPath, "--distractors");
        var (events, problems) = StoryEventReader.Read(dataPath);
        var distractors = distractorPath is null ? [] : EvalCorpusReader.ReadJsonl(distractorPath).Documents;
        foreach (var problem in problems.Take(10)) Console.Error.WriteLine($"skipped: {problem}");
        if (events.Count == 0) { Console.Error.WriteLine("error: no events to evaluate"); return 1; }

        var options = new ComparisonOptions();
        if (threshold is { } t) options.ClusterThreshold = t;
        var weights = leadShare is { } share ? new StorySimilarityWeights(LeadShare: share) : new StorySimilarityWeights();
        var embedder = embeddings ? new TimedEmbedder(MiniLmSentenceEmbedder.Shared) : null;

        var clock = Stopwatch.StartNew();
        var benchmark = StoryBenchmark.Build(events, distractors, new FactExtractor(), ct);
        Console.WriteLine($"{benchmark.Inputs.Count} articles ({events.Count} events from {dataPath}, {distractors.Count} distractors from {distractorPath ?? "none"}) read and their facts extracted in {clock.Elapsed.TotalSeconds:0.0} s");
        if (sweep) return Sweep(benchmark, weights, embedder);

        clock.Restart();
        var result = new StoryEvaluation(options, weights, embedder).Evaluate(benchmark, ct);
        Print(result, options.ClusterThreshold, weights);
        Console.WriteLine($"clustered in {result.ClusteringTime.TotalSeconds:0.0} s ({Embedding(embedder, benchmark.Inputs.Count)}); everything in {clock.Elapsed.TotalSeconds:0.0} s");
        if (jsonPath is not null) File.WriteAllText(jsonPath, StoryEvalJson.Serialize(result));
        return 0;
    }

    private static int Sweep(StoryBenchmark benchmark, StorySimilarityWeights weights, TimedEmbedder? embedder)
    {
        var clock = Stopwatch.StartNew();
        var similarity = StorySimilarity.Of(benchmark.Inputs, weights, embedder);
        var table = new Table().AddColumns("threshold", "tune P", "tune R", "tune F1", "held-out P", "held-out R", "held-out F1", "all F1");
        for (double t = 0.05; t <= 0.351; t += 0.01)
        {
            var scores = StoryEvaluation.Score(benchmark, StoryClusterer.Cluster(similarity, t));
            var by = scores.ToDictionary(s => s.Scope, s => s.Score);
            table.AddRow(F(t), F(by[StoryHalves.Tune].Precision), F(by[StoryHalves.Tune].Recall), F(by[StoryHalves.Tune].F1),
                F(by[StoryHalves.HeldOut].Precision), F(by[StoryHalves.HeldOut].Recall), F(by[StoryHalves.HeldOut].F1), F(by["all"].F1));
        }
        Terminal.Create().Write(table);
        Console.WriteLine($"weights {weights}; swept in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    private static void Print(StoryEvalResult result, double threshold, StorySimilarityWeights weights)
    {
        var clustering = new Table().AddColumns("scope", "articles", "events", "B³ precision", "B³ recall", "B³ F1");
        foreach (var c in result.Clustering)
            clustering.AddRow(c.Scope, I(c.Score.Items), I(c.Events), F(c.Score.Precision), F(c.Score.Recall), F(c.Score.F1));
        var rouge = new Table().AddColumns("scope", "system", "n", "ROUGE-1", "ROUGE-2", "ROUGE-L");
        foreach (var r in result.Rouge)
            rouge.AddRow(new[] { r.Scope, r.System, I(r.Count), r.Rouge1.ToString(), r.Rouge2.ToString(), r.RougeL.ToString() }.Select(Markup.Escape).ToArray());
        var terminal = Terminal.Create();
        terminal.Write(clustering);
        Console.WriteLine($"threshold {F(threshold)}, weights {weights}; tune = even-numbered events + FRANK dev distractors, held-out = odd-numbered events + FRANK test distractors");
        terminal.Write(rouge);
        Console.WriteLine("ROUGE F1 × 100, mean [95% bootstrap interval], roundup built from each event's own articles");
    }

    private static string Embedding(TimedEmbedder? embedder, int articles) => embedder is null
        ? "titles and leads by TF-IDF, no sentence embeddings"
        : string.Create(CultureInfo.InvariantCulture, $"of which MiniLM embedding of titles and leads {embedder.Elapsed.TotalSeconds:0.0} s, {embedder.Elapsed.TotalMilliseconds / Math.Max(1, articles):0} ms an article");

    // Measures what the sentence embeddings cost, the price of their gain.
    private sealed class TimedEmbedder(ISentenceEmbedder inner) : ISentenceEmbedder
    {
        public TimeSpan Elapsed { get; private set; }

        public string ModelId => inner.ModelId;

        public float[][] Embed(IReadOnlyList<string> texts)
        {
            var clock = Stopwatch.StartNew();
            var vectors = inner.Embed(texts);
            Elapsed += clock.Elapsed;
            return vectors;
        }
    }

    private static int Missing(string what, string path, string option)
    {
        Console.Error.WriteLine($"error: {what} not found: {Path.GetFullPath(path)} (pass {option}; the shared benchmark data is expected in {EvalCommand.DefaultEvalData})");
        return 2;
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
