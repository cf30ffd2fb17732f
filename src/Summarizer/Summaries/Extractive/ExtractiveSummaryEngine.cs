using System.Globalization;
using System.Text.Json;
using Summarizer.Articles;
using Summarizer.Facts;

namespace Summarizer.Summaries.Extractive;

/// <summary>
/// The offline default: chooses the article's most central early sentences and fills every other field
/// from the article's own facts, so everything it states can be traced to a sentence.
/// </summary>
public sealed class ExtractiveSummaryEngine(ExtractiveOptions options) : ISummaryEngine
{
    public const string EngineName = "extractive";

    /// <summary>Bump when the selection or the filling of fields changes.</summary>
    public const int RulesVersion = 1;

    private readonly SentenceRanker _ranker = new(options);

    public ExtractiveSummaryEngine() : this(new ExtractiveOptions()) { }

    public string Name => EngineName;

    /// <summary>The options are fixed for the life of the engine: fingerprinted once.</summary>
    public EngineIdentity Identity { get; } = new(EngineName, RulesVersion.ToString(CultureInfo.InvariantCulture), Options: JsonSerializer.Serialize(options));

    /// <summary>The ids of the <paramref name="count"/> sentences the engine would choose, in document order.</summary>
    public IReadOnlyList<int> SelectSentences(Article article, int count) => _ranker.Select(article.Sentences, count);

    public async Task<StructuredSummary> SummarizeAsync(Article article, Task<FactSheet> facts, CancellationToken cancellationToken) =>
        Summarize(article, await facts.ConfigureAwait(false));

    public StructuredSummary Summarize(Article article, FactSheet facts)
    {
        var chosen = SelectSentences(article, Math.Max(1, options.Sentences));
        var lede = chosen.Count > 0 ? article.Sentences[chosen[0]] : null;
        var keyPoints = chosen.Skip(1).Select(id => new KeyPoint(article.Sentences[id].Text, [id])).ToList();
        var cited = chosen.ToHashSet();
        return new StructuredSummary
        {
            Id = article.Id,
            Title = article.Title,
            Outlet = article.Outlet,
            Headline = HeadlineWriter.Write(article, lede),
            Lede = lede?.Text ?? "",
            KeyPoints = keyPoints,
            People = FactSelection.People(facts, cited, options.MaxEntities),
            Organisations = FactSelection.Named(facts.Organisations, options.MaxEntities),
            Places = FactSelection.Named(facts.Places, options.MaxEntities),
            Quantities = FactSelection.Quantities(facts, cited),
            Quotes = FactSelection.Quotes(facts, cited),
            Engine = EngineName,
        };
    }
}
