using System.Globalization;
using System.Text.Json;
using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Text.Embeddings;

namespace Summarizer.Summaries.Extractive;

/// <summary>
/// The offline default: chooses the article's most central early sentences (<see cref="SentenceRanker"/>), as many as
/// its length calls for, and fills every other field from the article's own facts, so everything it states can be
/// traced to a sentence. The <paramref name="embedder"/> is used only when <see cref="ExtractiveOptions.EmbeddingWeight"/>
/// is above zero (the shared MiniLM model when none is given).
/// </summary>
public sealed class ExtractiveSummaryEngine(ExtractiveOptions options, ISentenceEmbedder? embedder = null) : ISummaryEngine
{
    public const string EngineName = "extractive";

    /// <summary>Bump when the selection or the filling of fields changes.</summary>
    public const int RulesVersion = 5;

    private readonly SentenceRanker _ranker = new(options, options.EmbeddingWeight > 0 ? embedder ?? MiniLmSentenceEmbedder.Shared : null);

    public ExtractiveSummaryEngine() : this(new ExtractiveOptions()) { }

    public string Name => EngineName;

    /// <summary>The options are fixed for the life of the engine: fingerprinted once.</summary>
    public EngineIdentity Identity { get; } = new(EngineName, RulesVersion.ToString(CultureInfo.InvariantCulture), Options: JsonSerializer.Serialize(options));

    /// <summary>The ids of the sentences the engine chooses, in document order, as many as the article's length calls for.</summary>
    public IReadOnlyList<int> SelectSentences(Article article) => _ranker.Select(article.Sentences, null, Excluded(article));

    /// <summary>The ids of exactly <paramref name="count"/> sentences (fewer when the article has fewer), in document order.</summary>
    public IReadOnlyList<int> SelectSentences(Article article, int count) => _ranker.Select(article.Sentences, count, Excluded(article));

    // Sentences that speak to a model, and picture captions, are never summarised, whatever their rank.
    private static IReadOnlySet<int>? Excluded(Article article) =>
        article.AddressedToModel.Count == 0 && article.Captions.Count == 0
            ? null
            : article.AddressedToModel.Select(f => f.SentenceId).Concat(article.Captions).ToHashSet();

    public async Task<StructuredSummary> SummarizeAsync(Article article, Task<FactSheet> facts, CancellationToken cancellationToken) =>
        Summarize(article, await facts.ConfigureAwait(false));

    public StructuredSummary Summarize(Article article, FactSheet facts)
    {
        var chosen = SelectSentences(article);
        var lede = chosen.Count > 0 ? article.Sentences[chosen[0]] : null;
        var keyPoints = chosen.Skip(1).Select(id => new KeyPoint(SentenceShape.Terminated(article.Sentences[id].Text), [id])).ToList();
        var cited = chosen.ToHashSet();
        return new StructuredSummary
        {
            Id = article.Id,
            Title = article.Title,
            Outlet = article.Outlet,
            Headline = HeadlineWriter.Write(article, chosen),
            Lede = lede is null ? "" : SentenceShape.Terminated(lede.Text),
            KeyPoints = keyPoints,
            People = FactSelection.People(article, facts, cited, options.MaxEntities),
            Organisations = FactSelection.Named(facts.Organisations, options.MaxEntities),
            Places = FactSelection.Named(facts.Places, options.MaxEntities),
            Quantities = FactSelection.Quantities(facts, cited),
            Quotes = FactSelection.Quotes(article, facts, cited),
            Engine = EngineName,
        };
    }
}
