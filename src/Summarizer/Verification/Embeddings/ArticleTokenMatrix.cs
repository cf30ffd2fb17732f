using System.Numerics.Tensors;
using Summarizer.Articles;
using Summarizer.Text.Embeddings;

namespace Summarizer.Verification.Embeddings;

/// <summary>
/// The contextual vectors of every word piece of an article (each sentence embedded in its own context; punctuation
/// left out), in one row-major matrix, so a summary piece's best match is one pass over it.
/// </summary>
internal sealed class ArticleTokenMatrix
{
    private readonly float[] _rows;

    public ArticleTokenMatrix(Article article, ITokenEmbedder embedder)
    {
        var vectors = embedder.EmbedTokens(article.Sentences.Select(s => s.Text).ToList())
            .SelectMany(t => t.Vectors.Where((_, k) => TokenVectors.IsWordPiece(t.Pieces[k]))).ToList();
        Dimensions = vectors.Count == 0 ? 0 : vectors[0].Length;
        Count = vectors.Count;
        _rows = new float[Count * Dimensions];
        for (int i = 0; i < Count; i++) vectors[i].CopyTo(_rows, i * Dimensions);
    }

    public int Count { get; }

    public int Dimensions { get; }

    /// <summary>The highest cosine of a unit-length vector with any article piece (0 for an article without any).</summary>
    public double BestCosine(float[] vector)
    {
        if (Count == 0) return 0;
        double best = double.MinValue;
        var rows = _rows.AsSpan();
        for (int i = 0; i < Count; i++) best = Math.Max(best, TensorPrimitives.Dot(rows.Slice(i * Dimensions, Dimensions), vector));
        return best;
    }
}
