using System.Globalization;
using System.Text;
using Summarizer.Caching;
using Summarizer.Facts;
using Summarizer.Verification;
using Summarizer.Verification.Model;

namespace Summarizer.Evaluation.Consistency.Training;

/// <summary>
/// Writes every labelled summary's features as TSV (source, split, summariser, article, label, score, features, summary),
/// so what the score rests on can be read and analysed outside the program. The article column is a short hash of its
/// <see cref="ArticleFingerprint"/>: the same for one article in either file, so an analysis can keep an article's
/// summaries together and leave out those of test articles as training does.
/// </summary>
public static class FeatureDump
{
    public static void Write(string path, ConsistencyData data, ConsistencyScorer scorer)
    {
        var items = data.Pairs.Select(p => (Source: "frank-" + p.Dataset, p.Split, Group: p.Model, Label: p.Factuality, Article: data.Articles[p.ArticleId], p.Summary))
            .Concat(data.Labels.Select(r => (Source: "cliff-" + r.Origin, Split: r.Cut, Group: r.ModelName, Label: (double)r.Label, Article: r.Document, r.Summary)))
            .ToList();
        var extractor = new FactExtractor();
        var verifier = new SummaryVerifier(extractor);
        var lines = new string?[items.Count];
        var order = ConsistencyScorer.ByArticle(items.Select(it => it.Article).ToList());
        Parallel.For(0, items.Count, k =>
        {
            int i = order[k];
            var article = scorer.Article(items[i].Article);
            if (article is null) return;
            var a = verifier.AssessText(article, extractor.Extract(article), SummaryFileVerifier.StripMarkdown(items[i].Summary));
            var cells = new[] { items[i].Source, items[i].Split, items[i].Group, ArticleKey(items[i].Article), F(items[i].Label), F(a.Verdict.Score) }
                .Concat(a.Features.Values.Select(F)).Append(items[i].Summary.Replace('\t', ' ').Replace('\n', ' '));
            lines[i] = string.Join('\t', cells);
        });
        var sb = new StringBuilder(string.Join('\t', new[] { "source", "split", "model", "article", "label", "score" }.Concat(ConsistencyFeatures.Names).Append("summary"))).Append('\n');
        foreach (var line in lines.OfType<string>()) sb.Append(line).Append('\n');
        File.WriteAllText(path, sb.ToString());
    }

    private static string ArticleKey(string article) => CacheKey.HashOf(ArticleFingerprint.Of(article))[..12];

    private static string F(double v) => v.ToString("0.#####", CultureInfo.InvariantCulture);
}
