using Summarizer.Articles;

namespace Summarizer.Summaries.Extractive;

/// <summary>The article's own title when it has one; otherwise the lede's main clause, cut at a clause boundary.</summary>
internal static class HeadlineWriter
{
    private const int MaxLength = 120;

    // Attribution tails carry no news; the headline keeps the clause before them.
    private static readonly string[] ClauseBreaks =
        [", according to", ", citing", ", sources said", ", officials said", ", reports", ", said", " — ", " – ", "; ", ", as ", ", while ", ", which ", ", who ", ", seeking ", ", hoping "];

    public static string Write(Article article, Sentence? lede)
    {
        if (!string.IsNullOrWhiteSpace(article.Title)) return article.Title!;
        if (lede is null) return "";
        string text = lede.Text.TrimEnd('.', ' ');
        foreach (var separator in ClauseBreaks)
        {
            int at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at >= 40) text = text[..at];
        }
        if (text.Length <= MaxLength) return text;
        int cut = text.LastIndexOf(' ', MaxLength);
        return (cut > 40 ? text[..cut] : text[..MaxLength]).TrimEnd(',', ';', ' ') + "…";
    }
}
