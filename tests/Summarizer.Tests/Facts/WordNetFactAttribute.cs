namespace Summarizer.Tests.Facts;

/// <summary>
/// A fact whose rules ask WordNet (common nouns, nouns for people, abstractions): where WordNet is not installed the
/// test is reported as skipped, with the reason, never as passed.
/// </summary>
public sealed class WordNetFactAttribute : FactAttribute
{
    public WordNetFactAttribute()
    {
        if (WordNetSkip.Reason() is { } reason) Skip = reason;
    }
}

/// <summary>A theory whose rules ask WordNet; skipped, with the reason, where WordNet is not installed.</summary>
public sealed class WordNetTheoryAttribute : TheoryAttribute
{
    public WordNetTheoryAttribute()
    {
        if (WordNetSkip.Reason() is { } reason) Skip = reason;
    }
}

internal static class WordNetSkip
{
    public static string? Reason() => Summarizer.Verification.Lexicon.WordNetLookup.Shared is null
        ? "needs WordNet (`apt-get install wordnet-base`, or set SUMMARIZER_WORDNET to its dict folder)"
        : null;
}
