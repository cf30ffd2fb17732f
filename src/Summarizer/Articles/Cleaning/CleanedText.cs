namespace Summarizer.Articles.Cleaning;

/// <summary>The cleaner's output: the story text, a title if the text opened with one, what was removed, and hints found in the furniture.</summary>
public sealed record CleanedText(string Text, string? Title, IReadOnlyList<RemovedText> Removed, string? OutletHint);
