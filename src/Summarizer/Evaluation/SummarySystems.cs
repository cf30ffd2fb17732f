using Summarizer.Articles;
using Summarizer.Summaries.Extractive;

namespace Summarizer.Evaluation;

/// <summary>
/// The systems compared in ROUGE evaluations, each turning a benchmark article into sentences separated by '\n':
/// the extractive engine, and the LEAD-k baselines computed in the same run over the same cleaning and splitting.
/// </summary>
/// <param name="engine">The engine whose sentence choice is scored.</param>
/// <param name="sentences">A fixed number of sentences for the engine; null lets its length rule decide.</param>
public sealed class SummarySystems(ExtractiveSummaryEngine engine, int? sentences = null)
{
    private static readonly ArticleFactory Factory = new(new ArticleOptions { MinTextLength = 1, MaxArticleBytes = long.MaxValue });

    /// <summary>The first <paramref name="count"/> sentences of an article already built ("" for none), captions passed over.</summary>
    public static string Lead(Article? article, int count) => article is null ? "" : LeadOf(article, count);

    private static string LeadOf(Article article, int count) => string.Join('\n', article.StorySentences().Take(count).Select(s => s.Text));

    /// <summary>The engine's sentences for an article already built.</summary>
    public string Extractive(Article? article)
    {
        if (article is null) return "";
        var chosen = sentences is { } count ? engine.SelectSentences(article, count) : engine.SelectSentences(article);
        return string.Join('\n', chosen.Select(id => article.Sentences[id].Text));
    }

    /// <summary>The article as the product reads it (cleaned and split), or null when nothing is left.</summary>
    public static Article? Build(string text) => Factory.TryCreate(new RawArticle("eval", text), out _);
}
