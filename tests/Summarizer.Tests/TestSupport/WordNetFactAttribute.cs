using Summarizer.Verification.Lexicon;

namespace Summarizer.Tests.TestSupport;

/// <summary>
/// A fact whose rules ask WordNet (common nouns, nouns for people, abstractions, antonyms, synonyms): where WordNet is
/// not installed the test is reported as skipped, with the reason, never as passed.
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

/// <summary>
/// Whether WordNet is installed in the folder the code reads (<see cref="WordNetFolder.Current"/>). A test is skipped
/// only where its files are absent: where they are present but were not read, the test runs and fails.
/// </summary>
internal static class WordNetSkip
{
    private static readonly string[] Files = ["index.noun", "data.noun", "data.verb", "data.adj", "data.adv"];

    public static bool Installed => Files.Any(f => File.Exists(Path.Combine(WordNetFolder.Current, f)));

    public static string? Reason() => Installed
        ? null
        : "needs WordNet (`apt-get install wordnet-base`, or set SUMMARIZER_WORDNET to its dict folder)";
}
