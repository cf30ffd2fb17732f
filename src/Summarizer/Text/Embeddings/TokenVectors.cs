namespace Summarizer.Text.Embeddings;

/// <summary>
/// The word pieces of one text as the model reads it (lower-cased; "##" starts a piece continuing the previous word;
/// punctuation is a piece of its own) and one unit-length vector per piece, same order. The model's start and end
/// markers are left out.
/// </summary>
public sealed record TokenVectors(IReadOnlyList<string> Pieces, IReadOnlyList<float[]> Vectors)
{
    /// <summary>True for a piece that continues the word before it.</summary>
    public static bool IsContinuation(string piece) => piece.StartsWith("##", StringComparison.Ordinal);

    /// <summary>True for a piece holding a letter or digit (not punctuation).</summary>
    public static bool IsWordPiece(string piece) => piece.Any(char.IsLetterOrDigit);
}
