using System.Collections.Concurrent;
using Summarizer.Text.Embeddings;

namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// Embeds each distinct text once and hands out the same vector ever after, so a grid search that ranks the same
/// articles under thousands of settings pays for the model once per sentence. Thread-safe.
/// </summary>
internal sealed class MemoizedSentenceEmbedder(ISentenceEmbedder inner) : ISentenceEmbedder
{
    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

    public string ModelId => inner.ModelId;

    /// <summary>The number of distinct texts embedded so far.</summary>
    public int Count => _vectors.Count;

    public float[][] Embed(IReadOnlyList<string> texts)
    {
        var missing = texts.Where(t => !_vectors.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var vectors = inner.Embed(missing);
            for (int i = 0; i < missing.Count; i++) _vectors.TryAdd(missing[i], vectors[i]);
        }
        return [.. texts.Select(t => _vectors[t])];
    }
}
