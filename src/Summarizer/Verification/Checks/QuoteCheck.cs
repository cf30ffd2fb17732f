using Summarizer.Summaries;
using Summarizer.Facts;
using Summarizer.Facts.People;
using Summarizer.Verification.Matching;

namespace Summarizer.Verification.Checks;

/// <summary>
/// Checks a quotation: its words must occur in the article in order (whitespace, case, accents, punctuation and
/// quotation marks aside; fragments joined by an ellipsis may have text between them), inside one of the
/// article's quotations. A claimed speaker must be the article's speaker — a different speaker is
/// Contradicted, and so is the person a spokesman or aide spoke for ("a spokesman for Clarke said"); when the article
/// names no speaker, the claimed speaker must at least be named in the quote's sentence.
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
        // The words may occur more than once ("immoral" in a headline, then quoted): the occurrence inside one of the
        // article's quotations is preferred.
        (int Start, int Stop)? found = null;
        QuoteFact? quote = null;
        for (int from = 0; Locate(ctx.Normalized, fragments, from) is { } place; from = place.First + 1)
        {
            int start0 = ctx.Normalized.Original(place.First), stop0 = ctx.Normalized.Original(place.End - 1) + 1;
            found ??= (start0, stop0);
            quote = ctx.Facts.Quotes.FirstOrDefault(q => q.Span.Start <= start0 + 1 && start0 < q.Span.End);
            if (quote is not null) { found = (start0, stop0); break; }
        }
        if (found is not { } range) return new Finding("quote", claim, FindingStatus.Unsupported, null, Note: "these words are not in the article");
        var (start, stop) = range;
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
        if (quote.OnBehalfOf is not null && (claimed is not null ? PersonMatcher.SameName(claimed.Name, quote.OnBehalfOf) : PersonMatcher.SameName(quote.OnBehalfOf, speaker)))
            return new Finding("quote", claim, FindingStatus.Contradicted, quote.Text, quote.Span.Start, quote.Span.Length, $"the article gives this to someone speaking for {quote.OnBehalfOf}, not to {quote.OnBehalfOf}");
        bool nearby = claimed is not null && claimed.Mentions.Any(m => m.SentenceId == quote.SentenceId);
        return nearby
            ? new Finding("quote", claim, FindingStatus.Supported, quote.Text, quote.Span.Start, quote.Span.Length, "speaker named in the same sentence")
            : new Finding("quote", claim, FindingStatus.Unsupported, quote.Text, quote.Span.Start, quote.Span.Length, "the article does not say who said this");
    }

    /// <summary>Where the fragments occur in order from <paramref name="from"/>: the first one's start and the last one's end.</summary>
    private static (int First, int End)? Locate(NormalizedText text, List<string> fragments, int from)
    {
        int first = -1, pos = from, end = 0;
        foreach (var fragment in fragments)
        {
            int at = NormalizedText.IndexOfWords(text.Value, fragment, pos);
            if (at < 0) return null;
            if (first < 0) first = at;
            pos = end = at + fragment.Length;
        }
        return (first, end);
    }
}
