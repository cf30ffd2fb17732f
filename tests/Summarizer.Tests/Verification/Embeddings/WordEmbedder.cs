using Summarizer.Text.Embeddings;

namespace Summarizer.Tests.Verification.Embeddings;

/// <summary>
/// A stand-in for the embedding model whose every piece is one whole lower-cased word with a vector of its own: a
/// word matches itself (cosine 1) and nothing else (cosine 0). Counts the texts it is asked to embed.
/// </summary>
internal sealed class WordEmbedder : ITokenEmbedder
{
    private const int Dimensions = 64;
    private int _texts;

    public int Texts => _texts;

    public string ModelId => "words";

    public TokenVectors[] EmbedTokens(IReadOnlyList<string> texts)
    {
        Interlocked.Add(ref _texts, texts.Count);
        return [.. texts.Select(text =>
        {
            var words = text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '"')).Where(w => w.Length > 0).ToList();
            return new TokenVectors(words, [.. words.Select(Vector)]);
        })];
    }

    // Distinct words of a test get distinct axes (a collision would make two words match).
    private static readonly Dictionary<string, int> Axes = new(StringComparer.Ordinal);

    private static float[] Vector(string word)
    {
        var vector = new float[Dimensions * 8];
        lock (Axes)
        {
            if (!Axes.TryGetValue(word, out int axis)) Axes[word] = axis = Axes.Count % vector.Length;
            vector[axis] = 1;
        }
        return vector;
    }
}
