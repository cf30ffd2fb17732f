using Summarizer.Articles.Cleaning;

namespace Summarizer.Tests.Articles.Cleaning;

/// <summary>What the cleaning tests share: cleaning a made-up body that has no title line, and reading its captions.</summary>
internal static class CleaningTestText
{
    public static CleanedText Clean(string body) => TextCleaner.Clean(body, detectTitle: false);

    /// <summary>The caption lines of a cleaned text, as text.</summary>
    public static List<string> CaptionsOf(CleanedText cleaned) =>
        cleaned.Captions.Select(c => cleaned.Text.Substring(c.Start, c.Length)).ToList();
}
