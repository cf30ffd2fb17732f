namespace Summarizer.Text.Embeddings;

/// <summary>Turns short texts (a title and lead) into vectors whose cosine measures how alike their meaning is.</summary>
public interface ISentenceEmbedder
{
    /// <summary>One vector per text, in order, each of unit length.</summary>
    float[][] Embed(IReadOnlyList<string> texts);

    /// <summary>Names the model: part of the key of every cached embedding.</summary>
    string ModelId { get; }
}
