namespace Summarizer.Text.Embeddings;

/// <summary>
/// Turns sentences into one contextual vector per word piece (BERTScore-style alignment: a summary piece whose best
/// cosine to any article piece is low says something the article does not). A vector measures closeness of meaning
/// in context, never agreement: "rose" and "fell" lie close.
/// </summary>
public interface ITokenEmbedder
{
    /// <summary>The word pieces of each text, in order, each with a unit-length vector.</summary>
    TokenVectors[] EmbedTokens(IReadOnlyList<string> texts);

    /// <summary>Names the model.</summary>
    string ModelId { get; }
}
