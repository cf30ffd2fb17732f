using Summarizer.Articles;
using Summarizer.Summaries.Extractive;

namespace Summarizer.Evaluation;

/// <summary>
/// The systems compared in ROUGE evaluations, each turning a benchmark article into sentences separated by '\n':
/// the extractive engine, and LEAD-3 as the baseline computed in the same run over the same cleaning and splitting.
/// </summary>
public sealed class SummarySystems(ExtractiveSummaryEngine engine, int sentences = 3)
{
    private readonly ArticleFactory _factory = new(new ArticleOptions { MinTextLength = 1, MaxArticleBytes = long.MaxValue });

    public string Lead3(string articleText) => Lead(articleText, 3);

    public string Lead(string articleText, int count)
    {
        var article = Build(articleText);
        return article is null ? "" : string.Join('\n', article.Sentences.Take(count).Select(s => s.Text));
    }

    public string Extractive(string articleText)
    {
        var article = Build(articleText);
        if (article is null) return "";
        return string.Join('\n', engine.SelectSentences(article, sentences).Select(id => article.Sentences[id].Text));
    }

    private Article? Build(string text) => _factory.TryCreate(new RawArticle("eval", text), out _);
}
