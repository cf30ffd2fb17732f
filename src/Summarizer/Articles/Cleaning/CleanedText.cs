namespace Summarizer.Articles.Cleaning;

/// <summary>The cleaner's output: the story text, a title if the text opened with one, what was removed, and hints found in the furniture.</summary>
public sealed record CleanedText(string Text, string? Title, IReadOnlyList<RemovedText> Removed, string? OutletHint)
{
    /// <summary>Where <see cref="Text"/> holds picture captions, each on a line of its own.</summary>
    public IReadOnlyList<TextRange> Captions { get; init; } = [];
}

/// <summary>A stretch of text: <see cref="Length"/> characters from <see cref="Start"/>.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public bool Contains(int offset) => offset >= Start && offset < Start + Length;
}
