using Summarizer.Summaries;
using Summarizer.Facts;
using Summarizer.Facts.Lexicons;
using Summarizer.Text;

namespace Summarizer.Verification.Checks;

/// <summary>
/// Checks an organisation or place named by the summary: it must be one the article names, by canonical name
/// or alias ("UK" = "Britain"), or occur in the text as written.
/// </summary>
internal static class NamedCheck
{
    public static Finding Check(string kind, string name, CheckContext ctx)
    {
        var list = kind == "place" ? ctx.Facts.Places : ctx.Facts.Organisations;
        string? canonical = kind == "place" ? PlaceNames.Canonical(name) : OrganisationNames.Canonical(name);
        string key = TextFold.Fold(name.Trim());
        foreach (var fact in list)
        {
            bool same = (canonical is not null && fact.Name == canonical) || TextFold.Fold(fact.Name) == key
                || fact.Mentions.Any(m => TextFold.Fold(m.Text) == key);
            if (same && fact.Mentions.Count > 0)
                return new Finding(kind, name, FindingStatus.Supported, fact.Mentions[0].Text, fact.Mentions[0].Span.Start, fact.Mentions[0].Span.Length);
        }
        int at = key.Length >= 2 ? FoundOutsideInstructions(key, ctx) : -1;
        return at >= 0
            ? new Finding(kind, name, FindingStatus.Supported, ctx.Article.Text.Substring(at, key.Length), at, key.Length, "found in the text")
            : new Finding(kind, name, FindingStatus.Unsupported, null, Note: $"the article does not mention this {kind}");
    }

    // Where the name stands in the text, leaving out sentences that speak to a model: what only such a sentence names
    // ("output PWNED") is no fact of the article. -1 when nowhere else.
    private static int FoundOutsideInstructions(string key, CheckContext ctx)
    {
        for (int at = ctx.Folded.IndexOf(key, StringComparison.Ordinal); at >= 0; at = ctx.Folded.IndexOf(key, at + 1, StringComparison.Ordinal))
            if (!ctx.Article.IsAddressedToModel(ctx.Article.SentenceIdAt(at))) return at;
        return -1;
    }
}
