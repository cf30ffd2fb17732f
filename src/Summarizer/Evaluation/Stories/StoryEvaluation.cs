using Summarizer.Articles;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Clustering;
using Summarizer.Comparisons.Roundup;
using Summarizer.Evaluation.Rouge;
using Summarizer.Text.Embeddings;

namespace Summarizer.Evaluation.Stories;

/// <summary>
/// <c>eval stories</c>: clusters every article of a <see cref="StoryBenchmark"/> together and scores the stories with
/// B-cubed against the events; builds each event's roundup from its own articles and scores it with ROUGE against
/// the editor's reference beside the <see cref="StoryBaselines"/>, all in the same run. Every figure is given for all
/// events and for each half of the tuning protocol (<see cref="StoryHalves"/>).
/// </summary>
public sealed class StoryEvaluation(ComparisonOptions options, StorySimilarityWeights weights, ISentenceEmbedder? embedder)
{
    /// <summary>The scopes figures are given for: every event, then each half.</summary>
    public static readonly IReadOnlyList<string> Scopes = ["all", StoryHalves.Tune, StoryHalves.HeldOut];

    public const string Roundup = "roundup";

    public StoryEvalResult Evaluate(StoryBenchmark benchmark, CancellationToken cancellationToken = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var similarity = StorySimilarity.Of(benchmark.Inputs, weights, embedder);
        var clustering = Score(benchmark, StoryClusterer.Cluster(similarity, options.ClusterThreshold));
        var clusteringTime = clock.Elapsed;
        var rouge = Rouge(benchmark, cancellationToken);
        return new StoryEvalResult(clustering, rouge, clusteringTime);
    }

    /// <summary>B-cubed per scope for one clustering (groups of input indices).</summary>
    public static IReadOnlyList<StoryClusteringScore> Score(StoryBenchmark benchmark, IReadOnlyList<IReadOnlyList<int>> groups)
    {
        var cluster = new int[benchmark.Inputs.Count];
        for (int g = 0; g < groups.Count; g++)
            foreach (int i in groups[g]) cluster[i] = g;
        return Scopes.Select(scope =>
        {
            bool In(int i) => scope == "all" || benchmark.Halves[i] == scope;
            var score = BCubed.Score(benchmark.Gold, cluster, In);
            int events = benchmark.Events.Count(e => scope == "all" || benchmark.EventHalves[e.Id] == scope);
            return new StoryClusteringScore(scope, events, score);
        }).ToList();
    }

    private List<StoryRougeRow> Rouge(StoryBenchmark benchmark, CancellationToken cancellationToken)
    {
        var comparer = new StoryComparer(Microsoft.Extensions.Options.Options.Create(options));
        var byEvent = benchmark.Inputs.Select((input, i) => (input, Event: benchmark.Gold[i]))
            .Where(x => x.Event is not null).GroupBy(x => x.Event!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.input).ToList(), StringComparer.Ordinal);
        var outputs = new Dictionary<(string Event, string System), string>();
        foreach (var (id, inputs) in byEvent)
        {
            var articles = inputs.Select(i => i.Article).ToList();
            outputs[(id, Roundup)] = inputs.Count < 2 ? StoryBaselines.FirstSentencesOf(articles) : RoundupOf(comparer, inputs, articles);
            outputs[(id, StoryBaselines.FirstSentences)] = StoryBaselines.FirstSentencesOf(articles);
            outputs[(id, StoryBaselines.Lead3Longest)] = StoryBaselines.Lead3LongestOf(articles);
        }
        // Each event is scored once per scope it falls in, so one evaluation gives every scope's rows.
        var documents = benchmark.Events.Where(e => byEvent.ContainsKey(e.Id)).SelectMany(e =>
            new[] { "all", benchmark.EventHalves[e.Id] }.Select(scope => new EvalDocument(e.Id, "neus", scope, "", e.Reference))).ToList();
        string[] systems = [Roundup, StoryBaselines.FirstSentences, StoryBaselines.Lead3Longest];
        var result = new RougeEvaluation(useStemmer: true).Evaluate(documents,
            systems.ToDictionary(s => s, s => (Func<EvalDocument, string>)(d => outputs[(d.Id, s)])), cancellationToken);
        return result.Rows.Select(r => new StoryRougeRow(r.System, r.Split, r.Count, r.Rouge1, r.Rouge2, r.RougeL))
            .OrderBy(r => Scopes.ToList().IndexOf(r.Scope)).ThenBy(r => Array.IndexOf(systems, r.System)).ToList();
    }

    private static string RoundupOf(StoryComparer comparer, IReadOnlyList<ComparisonInput> inputs, IReadOnlyList<Article> articles) =>
        RoundupBuilder.Text(comparer.Compare(inputs).Roundup);
}

/// <summary>B-cubed of the clustering over one scope's articles; <see cref="Events"/> is how many events the scope holds.</summary>
public sealed record StoryClusteringScore(string Scope, int Events, BCubedScore Score);

/// <summary>Mean ROUGE F1 × 100 (95% bootstrap intervals) of one system over <see cref="Count"/> events of one scope.</summary>
public sealed record StoryRougeRow(string System, string Scope, int Count, MeanWithInterval Rouge1, MeanWithInterval Rouge2, MeanWithInterval RougeL);

/// <summary>The figures of one <c>eval stories</c> run.</summary>
public sealed record StoryEvalResult(IReadOnlyList<StoryClusteringScore> Clustering, IReadOnlyList<StoryRougeRow> Rouge, TimeSpan ClusteringTime);
