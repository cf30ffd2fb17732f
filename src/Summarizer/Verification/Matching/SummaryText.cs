using Summarizer.Articles;
using Summarizer.Articles.Sentences;

namespace Summarizer.Verification.Matching;

/// <summary>Wraps a summary's prose as an <see cref="Article"/> so the same extractor can read its claims.</summary>
internal static class SummaryText
{
    public static Article AsArticle(string text)
    {
        text ??= "";
        return new Article("summary", null, null, null, null, text, SentenceSplitter.Split(text), [], "summary");
    }
}
