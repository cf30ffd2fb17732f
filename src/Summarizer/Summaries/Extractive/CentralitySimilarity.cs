using Summarizer.Articles;
using Summarizer.Text.Embeddings;

namespace Summarizer.Summaries.Extractive;

/// <summary>
/// The sentence similarity the directed centrality reads: TF-IDF cosine, optionally mixed with the cosine of sentence
/// embeddings, which also sees that "the striker" and "the forward" say the same (Zheng and Lapata, 2019, found the
/// BERT-based similarity beat TF-IDF for PacSum on CNN/DM). Redundancy and relevance keep reading TF-IDF alone.
/// </summary>
internal static class CentralitySimilarity
{
    /// <summary>
    /// <paramref name="lexical"/> unchanged when <paramref name="weight"/> is 0 or there is no embedder; otherwise
    /// (1 − weight) · lexical + weight · embedding cosine, negative cosines counted as none.
    /// </summary>
    public static double[,] Mix(double[,] lexical, IReadOnlyList<Sentence> sentences, int n, ISentenceEmbedder? embedder, double weight)
    {
        if (weight <= 0 || embedder is null || n < 2) return lexical;
        var vectors = embedder.Embed([.. sentences.Take(n).Select(s => s.Text)]);
        var mixed = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                double cosine = Math.Max(0, System.Numerics.Tensors.TensorPrimitives.Dot(vectors[i], vectors[j]));
                mixed[i, j] = mixed[j, i] = (1 - weight) * lexical[i, j] + weight * cosine;
            }
        return mixed;
    }
}
