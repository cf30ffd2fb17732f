namespace Summarizer.Comparisons.Clustering;

/// <summary>Turns short texts (a title and lead) into vectors whose cosine measures how alike their meaning is.</summary>
public interface ISentenceEmbedder
{
    /// <summary>One vector per text, in order, each of unit length.</summary>
    float[][] Embed(IReadOnlyList<string> texts);
}
