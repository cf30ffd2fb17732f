using Summarizer.Text.Embeddings;

namespace Summarizer.Testing;

/// <summary>
/// A stand-in sentence embedder: each text's vector comes from <paramref name="vectorOf"/> (made unit length), and every
/// text asked for is counted, so a test can tell whether and how often the model would have run. Thread-safe.
/// </summary>
public sealed class ScriptedSentenceEmbedder(Func<string, float[]> vectorOf) : ISentenceEmbedder
{
    private int _texts;

    /// <summary>How many texts have been embedded so far (repeats counted each time).</summary>
    public int Texts => Volatile.Read(ref _texts);

    public string ModelId => "scripted";

    public float[][] Embed(IReadOnlyList<string> texts)
    {
        Interlocked.Add(ref _texts, texts.Count);
        return [.. texts.Select(t =>
        {
            var vector = vectorOf(t);
            float norm = MathF.Sqrt(vector.Sum(x => x * x));
            return norm > 0 ? vector.Select(x => x / norm).ToArray() : vector;
        })];
    }
}
