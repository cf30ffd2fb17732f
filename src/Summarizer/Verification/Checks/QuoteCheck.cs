using Summarizer.Summaries;
using Summarizer.Facts;
using Summarizer.Facts.People;
using Summarizer.Verification.Matching;

namespace Summarizer.Verification.Checks;

/// <summary>
/// Checks a quotation: its words must occur in the article in order (whitespace, case, accents, punctuation and
/// quotation marks aside; fragments joined by an ellipsis may have text between them), inside one of the
/// article's quotations. A claimed speaker must be the article's speaker — a different speaker is
/// Contradicted; when the article names none, the claimed speaker must at least be named in the quote's sentence.
/// </summary>
internal static class QuoteCheck
{
    public static Finding Check(string text, string? speaker, CheckContext ctx)
    {
        string claim = speaker is null ? $"“{text}”" : $"“{text}” — {speaker}";
        var fragments = text.Split(["...", "…", "[...]", "[…]"], StringSplitOptions.RemoveEmptyEntries)
            .Select(NormalizedText.Normalize).Where(f => f.Length > 0).ToList();
        if (fragments.Count == 0)
            return new Finding("quote", claim, FindingStatus.Unsupported, null, Note: "the quotation is empty");
        string hay = ctx.Normalized.Value;
        int first = -1, pos = 0, end = 0;
        foreach (var fragment in fragments)
        {
            int at = IndexOfWords(hay, fragment, pos);
            if (at < 0) return new Finding("quote", claim, FindingStatus.Unsupported, null, Note: "these words are not in the article");
            if (first < 0) first = at;
            pos = end = at + fragment.Length;
        }
        int start = ctx.Normalized.Original(first);
        int stop = ctx.Normalized.Original(end - 1) + 1;
        var quote = ctx.Facts.Quotes.FirstOrDefault(q => q.Span.Start <= start + 1 && start < q.Span.End);
        string evidence = ctx.Article.Text[start..stop];
        if (quote is null)
            return new Finding("quote", claim, FindingStatus.Unsupported, evidence, start, stop - start, "the words occur in the article but not as a quotation");
        if (string.IsNullOrWhiteSpace(speaker))
            return new Finding("quote", claim, FindingStatus.Supported, quote.Text, quote.Span.Start, quote.Span.Length);
        var claimed = PersonMatcher.Find(ctx.Facts.People, speaker);
        if (quote.Speaker is not null)
        {
            bool same = claimed is not null ? PersonMatcher.SameName(claimed.Name, quote.Speaker) : PersonMatcher.SameName(quote.Speaker, speaker);
            return same
                ? new Finding("quote", claim, FindingStatus.Supported, quote.Text, quote.Span.Start, quote.Span.Length)
                : new Finding("quote", claim, FindingStatus.Contradicted, quote.Text, quote.Span.Start, quote.Span.Length, $"the article attributes this to {quote.Speaker}");
        }
        bool nearby = claimed is not null && claimed.Mentions.Any(m => m.SentenceId == quote.SentenceId);
        return nearby
            ? new Finding("quote", claim, FindingStatus.Supported, quote.Text, quote.Span.Start, quote.Span.Length, "speaker named in the same sentence")
            : new Finding("quote", claim, FindingStatus.Unsupported, quote.Text, quote.Span.Start, quote.Span.Length, "the article does not say who said this");
    }

    /// <summary>IndexOf that only accepts whole-word matches.</summary>
    private static int IndexOfWords(string hay, string needle, int from)
    {
        for (int at = hay.IndexOf(needle, from, StringComparison.Ordinal); at >= 0; at = hay.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            int end = at + needle.Length;
            if ((at == 0 || hay[at - 1] == ' ') && (end == hay.Length || hay[end] == ' ')) return at;
        }
        return -1;
    }
}
