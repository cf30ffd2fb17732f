using Summarizer.Articles.Cleaning;

namespace Summarizer.Tests.Articles.Cleaning;

/// <summary>The caption lines of a cleaned text, as text: what the caption tests compare.</summary>
internal static class CleanedCaptions
{
    public static List<string> Of(CleanedText cleaned) =>
        cleaned.Captions.Select(c => cleaned.Text.Substring(c.Start, c.Length)).ToList();
}
