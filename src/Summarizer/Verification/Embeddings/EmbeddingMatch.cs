using Summarizer.Facts.Lexicons;
using Summarizer.Text.Embeddings;
using Summarizer.Verification.Alignment;

namespace Summarizer.Verification.Embeddings;

/// <summary>
/// How closely the summary's words find a match in the article's words in context (a BERTScore-precision-like
/// alignment, Zhang et al. 2020): each summary word scores the best cosine of its weakest piece with any article
/// piece. <see cref="MeanWord"/> averages the words, <see cref="WeakestSentence"/> is the sentence whose words match
/// least on average, <see cref="PoorWord"/> the 10th-percentile word; over content words only (function words match
/// anywhere), <see cref="MeanContentWord"/> averages them, <see cref="WorstContentWord"/> is the least matched one and
/// <see cref="UnmatchedContentShare"/> the share matching nothing in the article above <see cref="UnmatchedBelow"/>
/// (a new name, place or event). A sentence copied word for word scores 1
/// without the model. A close match is no proof of support (a contradiction lies close to what it contradicts), so
/// these only feed the learned score; findings never rest on them. NaN: not measured (no embedder).
/// </summary>
internal sealed record EmbeddingMatch(
    double MeanWord, double WeakestSentence, double PoorWord, double MeanContentWord, double WorstContentWord, double UnmatchedContentShare)
{
    public static EmbeddingMatch NotMeasured { get; } = new(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>A content word whose best cosine with any article piece is below this matches nothing there.</summary>
    public const double UnmatchedBelow = 0.5;

    private const double PoorWordQuantile = 0.1;

    public static EmbeddingMatch Compute(SummaryAlignment alignment, string summary, ITokenEmbedder? embedder, ArticleTokenCache cache)
    {
        var sentences = alignment.Sentences.Where(s => s.Count > 0).ToList();
        var open = sentences.Where(s => !alignment.IsCopied(s)).ToList();
        if (open.Count > 0 && embedder is null) return NotMeasured;
        var words = new List<double>();
        var contentWords = new List<double>();
        double weakest = 1;
        foreach (var s in sentences.Where(alignment.IsCopied))
        {
            words.AddRange(Enumerable.Repeat(1.0, s.Count));
            contentWords.AddRange(Enumerable.Repeat(1.0, s.Count(t => t.IsContent)));
        }
        if (open.Count > 0)
        {
            var article = cache.For(alignment.Article.Article, embedder!);
            var embedded = embedder!.EmbedTokens(open.Select(s => summary[s[0].Token.Start..s[^1].Token.End]).ToList());
            foreach (var sentence in embedded)
            {
                var scores = WordScores(sentence, article);
                if (scores.Count == 0) continue;
                weakest = Math.Min(weakest, scores.Average(w => w.Score));
                words.AddRange(scores.Select(w => w.Score));
                contentWords.AddRange(scores.Where(w => Words.CarriesContent(w.Word)).Select(w => w.Score));
            }
        }
        if (words.Count == 0) return new(1, 1, 1, 1, 1, 0);
        words.Sort();
        return new(words.Average(), weakest, words[(int)(PoorWordQuantile * (words.Count - 1))],
            contentWords.Count == 0 ? 1 : contentWords.Average(), contentWords.Count == 0 ? 1 : contentWords.Min(),
            contentWords.Count == 0 ? 0 : (double)contentWords.Count(c => c < UnmatchedBelow) / contentWords.Count);
    }

    /// <summary>One score per word of the sentence, the word rebuilt from its pieces: the lowest best-cosine among its pieces.</summary>
    private static List<(string Word, double Score)> WordScores(TokenVectors sentence, ArticleTokenMatrix article)
    {
        var scores = new List<(string Word, double Score)>();
        for (int k = 0; k < sentence.Pieces.Count; k++)
        {
            string piece = sentence.Pieces[k];
            if (!TokenVectors.IsWordPiece(piece)) continue;
            double best = article.BestCosine(sentence.Vectors[k]);
            if (TokenVectors.IsContinuation(piece) && scores.Count > 0 && k > 0 && TokenVectors.IsWordPiece(sentence.Pieces[k - 1]))
                scores[^1] = (scores[^1].Word + piece[2..], Math.Min(scores[^1].Score, best));
            else scores.Add((piece, best));
        }
        return scores;
    }
}
