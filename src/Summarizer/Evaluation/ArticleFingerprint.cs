namespace Summarizer.Evaluation;

/// <summary>
/// Identifies one news article across the benchmark files. FRANK and CLIFF were built from the same CNN/DM and XSum test
/// sets, so one article can sit in a tuning split of one file and the test split of the other, spaced, encoded and cut
/// differently: the first <see cref="Length"/> ASCII letters and digits, lower-cased, agree for two copies of one article
/// whatever their spacing (XSum's missing spaces after full stops), punctuation, mis-decoded characters (<c>Â£</c> for
/// <c>£</c>) or length, and no two different news articles share that many.
/// </summary>
public static class ArticleFingerprint
{
    /// <summary>How many letters and digits of the opening identify an article.</summary>
    public const int Length = 400;

    /// <summary>The fingerprint of <paramref name="text"/>.</summary>
    public static string Of(string text) =>
        string.Concat(text.Where(char.IsAsciiLetterOrDigit).Take(Length).Select(char.ToLowerInvariant));
}
