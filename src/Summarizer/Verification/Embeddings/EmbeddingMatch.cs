using Summarizer.Text.Embeddings;
using Summarizer.Verification.Alignment;

namespace Summarizer.Verification.Embeddings;

/// <summary>
/// How closely the summary's words find a match in the article's words in context (a BERTScore-precision-like
/// alignment, Zhang et al. 2020): each summary word scores the best cosine of its weakest piece with any article
/// piece. <see cref="MeanWord"/> averages the words, <see cref="WeakestSentence"/> is the sentence whose words match
/// least on average, <see cref="PoorWord"/> the 10th-percentile word. A sentence copied word for word scores 1
/// without the model. A close match is no proof of support (a contradiction lies close to what it contradicts), so
/// these only feed the learned score; findings never rest on them. NaN: not measured (no embedder).
/// </summary>
internal sealed record EmbeddingMatch(double MeanWord, double WeakestSentence, double PoorWord)
{
    public static EmbeddingMatch NotMeasured { get; } = new(double.NaN, double.NaN, double.NaN);

    private const double PoorWordQuantile = 0.1;

    public static EmbeddingMatch Compute(SummaryAlignment alignment, string summary, ITokenEmbedder? embedder, ArticleTokenCache cache)
    {
        var sentences = alignment.Sentences.Where(s => s.Count > 0).ToList();
        var open = sentences.Where(s => !alignment.IsCopied(s)).ToList();
        if (open.Count > 0 && embedder is null) return NotMeasured;
        var words = new List<double>();
        double weakest = 1;
        foreach (var s in sentences.Where(alignment.IsCopied)) words.AddRange(Enumerable.Repeat(1.0, s.Count));
        if (open.Count > 0)
        {
            var article = cache.For(alignment.Article.Article, embedder!);
            var embedded = embedder!.EmbedTokens(open.Select(s => summary[s[0].Token.Start..s[^1].Token.End]).ToList());
            foreach (var sentence in embedded)
            {
                var scores = WordScores(sentence, article);
                if (scores.Count == 0) continue;
                weakest = Math.Min(weakest, scores.Average());
                words.AddRange(scores);
            }
        }
        if (words.Count == 0) return new(1, 1, 1);
        words.Sort();
        return new(words.Average(), weakest, words[(int)(PoorWordQuantile * (words.Count - 1))]);
    }

    /// <summary>One score per word of the sentence: the lowest best-cosine among its pieces.</summary>
    private static List<double> WordScores(TokenVectors sentence, ArticleTokenMatrix article)
    {
        var scores = new List<double>();
        for (int k = 0; k < sentence.Pieces.Count; k++)
        {
            string piece = sentence.Pieces[k];
            if (!TokenVectors.IsWordPiece(piece)) continue;
            double best = article.BestCosine(sentence.Vectors[k]);
            if (TokenVectors.IsContinuation(piece) && scores.Count > 0 && k > 0 && TokenVectors.IsWordPiece(sentence.Pieces[k - 1]))
                scores[^1] = Math.Min(scores[^1], best);
            else scores.Add(best);
        }
        return scores;
    }
}
