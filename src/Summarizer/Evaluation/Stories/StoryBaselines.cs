using Summarizer.Articles;

namespace Summarizer.Evaluation.Stories;

/// <summary>
/// The baselines a roundup is scored beside, over the same cleaning and sentence splitting as the engine:
/// the first sentence of each article, and LEAD-3 of the longest article.
/// </summary>
public static class StoryBaselines
{
    public const string FirstSentences = "first-sentences";
    public const string Lead3Longest = "lead3-longest";

    /// <summary>The first sentence of each article, in the order given, one per line.</summary>
    public static string FirstSentencesOf(IReadOnlyList<Article> articles) =>
        string.Join('\n', articles.Select(a => a.StorySentences().FirstOrDefault()).OfType<Sentence>().Select(s => s.Text.Trim()));

    /// <summary>The first three sentences of the longest article (the first of equal length), one per line.</summary>
    public static string Lead3LongestOf(IReadOnlyList<Article> articles) =>
        articles.Count == 0 ? "" : string.Join('\n', articles.MaxBy(a => a.Text.Length)!.StorySentences().Take(3).Select(s => s.Text.Trim()));
}
