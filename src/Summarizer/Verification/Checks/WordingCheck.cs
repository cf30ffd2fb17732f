using Summarizer.Summaries;
using Summarizer.Text;

namespace Summarizer.Verification.Checks;

/// <summary>
/// A headline or lede sentence must say what the article says: at least <see cref="KeyPointCheck.Threshold"/> of its
/// content words (stemmed, so "fails" meets "failed"; accents folded) stand in one article sentence, or in it and
/// a neighbour, since a lede often joins two. Its figures, names and quotes are checked on their own, wherever the article gives them. A sentence that
/// speaks to a model supports nothing. This catches a sentence made up wholesale, not a subtle distortion of the
/// article's words: the rule checks and the score are for that.
/// </summary>
internal static class WordingCheck
{
    private const int StemLength = 5;

    public static Finding Check(string kind, string text, CheckContext ctx)
    {
        var words = Terms(text);
        var sentences = ctx.Article.Sentences.Where(s => !ctx.Article.IsAddressedToModel(s.Id))
            .Select(s => (s.Id, Terms: Terms(s.Text))).ToList();
        if (words.Count == 0) return new Finding(kind, text, FindingStatus.Supported, null, Note: "no content words to check");
        if (sentences.Count == 0) return Unsupported(kind, text, "the article has no sentence to check it against");
        var best = sentences.MaxBy(s => Covered(words, s.Terms, null));
        double coverage = (double)Covered(words, best.Terms, null) / words.Count;
        if (coverage >= KeyPointCheck.Threshold) return Supported(kind, text, [best.Id], ctx);
        // Only a neighbour joins: words borrowed from far apart in the article make no one statement of it.
        var second = sentences.Where(s => Math.Abs(s.Id - best.Id) == 1).DefaultIfEmpty().MaxBy(s => Covered(words, best.Terms, s.Terms));
        double joined = second.Terms is null ? coverage : (double)Covered(words, best.Terms, second.Terms) / words.Count;
        return joined >= KeyPointCheck.Threshold
            ? Supported(kind, text, [Math.Min(best.Id, second.Id), Math.Max(best.Id, second.Id)], ctx)
            : Unsupported(kind, text, $"only {joined:P0} of its content words are in any one or two article sentences");
    }

    private static HashSet<string> Terms(string text) =>
        ContentWords.Of(TextFold.Fold(text)).Select(w => w.Length > StemLength ? w[..StemLength] : w).ToHashSet(StringComparer.Ordinal);

    private static int Covered(HashSet<string> words, HashSet<string> first, HashSet<string>? second) =>
        words.Count(w => first.Contains(w) || second?.Contains(w) == true);

    private static Finding Supported(string kind, string text, int[] ids, CheckContext ctx)
    {
        var first = ctx.Article.Sentences[ids[0]];
        var last = ctx.Article.Sentences[ids[^1]];
        string evidence = string.Join(" ", ids.Select(id => ctx.Article.Sentences[id].Text));
        return new Finding(kind, text, FindingStatus.Supported, evidence, first.Start, last.End - first.Start);
    }

    private static Finding Unsupported(string kind, string text, string note) => new(kind, text, FindingStatus.Unsupported, null, Note: note);
}
