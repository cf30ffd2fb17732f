using Summarizer.Articles;

namespace Summarizer.Llm.Engine;

/// <summary>Splits an article's sentences into consecutive chunks of at most a token budget (tokens ≈ chars / 4).</summary>
internal static class SentenceChunker
{
    public static int EstimateTokens(string text) => (text.Length + 3) / 4;

    public static List<IReadOnlyList<Sentence>> Chunk(IReadOnlyList<Sentence> sentences, int maxTokens)
    {
        var chunks = new List<IReadOnlyList<Sentence>>();
        var current = new List<Sentence>();
        var tokens = 0;
        foreach (var s in sentences)
        {
            var t = EstimateTokens(s.Text) + 2; // the "[id] " prefix
            // A single over-long sentence still forms a chunk of its own: sentences are never cut.
            if (current.Count > 0 && tokens + t > maxTokens)
            {
                chunks.Add(current);
                current = [];
                tokens = 0;
            }
            current.Add(s);
            tokens += t;
        }
        if (current.Count > 0) chunks.Add(current);
        return chunks;
    }
}
