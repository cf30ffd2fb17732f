namespace Summarizer.Verification.Lexicon;

/// <summary>Where this machine's WordNet is: the folder named by <c>SUMMARIZER_WORDNET</c>, else Debian's <c>/usr/share/wordnet</c>.</summary>
internal static class WordNetFolder
{
    public const string Default = "/usr/share/wordnet";

    public static string Current => Environment.GetEnvironmentVariable("SUMMARIZER_WORDNET") ?? Default;
}
