namespace Summarizer.Comparisons.Roundup;

/// <summary>Which part of a roundup a sentence belongs to: what the outlets agree on comes first, then where they differ, then what one outlet alone reports.</summary>
public enum RoundupPart
{
    /// <summary>Stated alike by two or more outlets.</summary>
    Agreement,

    /// <summary>A conflict between outlets: a figure or role they give differently.</summary>
    Difference,

    /// <summary>What only one outlet reports (on its own: outlets citing it do not count), after the conflicts.</summary>
    SingleSource,
}

/// <summary>A sentence of an article that a roundup sentence rests on; <see cref="Outlet"/> is the article's outlet, null when it states none.</summary>
public sealed record RoundupSource(string ArticleId, string? Outlet, int SentenceId);

/// <summary>
/// One sentence of a story's neutral roundup and the article sentences it comes from: an outlet's own sentence (the
/// plainest wording of those stating it) or, for a conflict, each outlet's figure named beside its outlet.
/// </summary>
public sealed record RoundupSentence(string Text, RoundupPart Part, IReadOnlyList<RoundupSource> Sources);
