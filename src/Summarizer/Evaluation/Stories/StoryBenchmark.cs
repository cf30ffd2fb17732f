using Summarizer.Articles;
using Summarizer.Comparisons;
using Summarizer.Evaluation.Rouge;
using Summarizer.Facts;

namespace Summarizer.Evaluation.Stories;

/// <summary>
/// The articles of a story benchmark made ready once: every event article and distractor cleaned, split and with its
/// facts, each knowing its gold event (null for a distractor) and its half of the tuning protocol.
/// </summary>
/// <param name="Events">The events, in file order.</param>
/// <param name="Inputs">Every article as comparison sees it: the events' articles first, then the distractors.</param>
/// <param name="Gold">Per input, its event id; null for a distractor.</param>
/// <param name="Halves">Per input, <see cref="StoryHalves.Tune"/> or <see cref="StoryHalves.HeldOut"/>.</param>
/// <param name="EventHalves">Per event id, its half.</param>
public sealed record StoryBenchmark(
    IReadOnlyList<StoryEvent> Events,
    IReadOnlyList<ComparisonInput> Inputs,
    IReadOnlyList<string?> Gold,
    IReadOnlyList<string> Halves,
    IReadOnlyDictionary<string, string> EventHalves)
{
    /// <summary>
    /// Builds the benchmark. Article ids are given by position ("event id/k", "distractor:id"), not by content, so an
    /// article text that occurs twice in the data stays two items. Articles the cleaner rejects are left out.
    /// </summary>
    public static StoryBenchmark Build(IReadOnlyList<StoryEvent> events, IReadOnlyList<EvalDocument> distractors,
        IFactExtractor extractor, CancellationToken cancellationToken = default)
    {
        var factory = new ArticleFactory(new ArticleOptions { MinTextLength = 1, MaxArticleBytes = long.MaxValue });
        var pending = new List<(RawArticle Raw, string Id, string? Event, string Half)>();
        var eventHalves = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int e = 0; e < events.Count; e++)
        {
            string half = StoryHalves.OfEvent(e);
            eventHalves[events[e].Id] = half;
            for (int k = 0; k < events[e].Articles.Count; k++)
            {
                var a = events[e].Articles[k];
                pending.Add((new RawArticle($"{events[e].Id}/{k}", a.Text, Title: a.Title), $"{events[e].Id}/{k}", events[e].Id, half));
            }
        }
        foreach (var d in distractors)
            pending.Add((new RawArticle($"distractor:{d.Id}", d.Article), $"distractor:{d.Id}", null, StoryHalves.OfDistractor(d.Split)));

        var built = new (ComparisonInput Input, string? Event, string Half)?[pending.Count];
        Parallel.For(0, pending.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var (raw, id, gold, half) = pending[i];
            if (factory.TryCreate(raw, out _) is not { } article) return;
            article = article with { Id = id };
            built[i] = (new ComparisonInput(article, extractor.Extract(article)), gold, half);
        });
        var kept = built.OfType<(ComparisonInput Input, string? Event, string Half)>().ToList();
        return new StoryBenchmark(events, kept.Select(k => k.Input).ToList(), kept.Select(k => k.Event).ToList(),
            kept.Select(k => k.Half).ToList(), eventHalves);
    }
}

/// <summary>
/// The documented split of a dev file into a half to tune on and a half held out: even-numbered events (by their
/// place in the file) and FRANK's dev distractors are tuned on; odd-numbered events and FRANK's test distractors are held out.
/// </summary>
public static class StoryHalves
{
    public const string Tune = "tune";
    public const string HeldOut = "held-out";

    public static string OfEvent(int index) => index % 2 == 0 ? Tune : HeldOut;

    public static string OfDistractor(string split) => split == "dev" ? Tune : HeldOut;
}
