using System.Text.RegularExpressions;
using Summarizer.Articles;
using Summarizer.Articles.Sentences;

namespace Summarizer.Verification.Matching;

/// <summary>
/// Wraps a summary's prose as an <see cref="Article"/> so the same extractor can read its claims. Sentences are the
/// article splitter's, each split again where tokenised text ends one (" . " — a stop with a space before it), since
/// lower-cased model output has no capital letters to start its sentences.
/// </summary>
internal static partial class SummaryText
{
    public static Article AsArticle(string text)
    {
        text ??= "";
        return new Article("summary", null, null, null, null, text, Split(text), [], "summary");
    }

    private static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        foreach (var s in SentenceSplitter.Split(text))
        {
            int start = s.Start;
            // Searched within the sentence only: a search to the end of the text per sentence is quadratic.
            for (var m = TokenisedStop().Match(text, s.Start, s.Length); m.Success; m = m.NextMatch())
            {
                Add(sentences, text, start, m.Index + 2);
                start = m.Index + m.Length;
            }
            Add(sentences, text, start, s.End);
        }
        return sentences;
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new Sentence(sentences.Count, start, end - start, text[start..end]));
    }

    [GeneratedRegex(@" [.!?] +(?=\S)")]
    private static partial Regex TokenisedStop();
}
