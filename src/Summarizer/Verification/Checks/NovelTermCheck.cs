using Summarizer.Summaries;
using Summarizer.Verification.Alignment;

namespace Summarizer.Verification.Checks;

/// <summary>
/// The most common error of generated summaries: a name or a figure the article never states. Every run of name
/// words of the summary that the article lacks (truecased against the article; for lower-cased text, words that are
/// no ordinary English word) and every number in digits whose value the article never gives becomes an Unsupported
/// finding — unless another check already reported it.
/// </summary>
internal static class NovelTermCheck
{
    public static IEnumerable<Finding> Check(string text, SummaryAlignment alignment, IReadOnlyList<Finding> existing)
    {
        var reported = existing.Where(f => f.Status != FindingStatus.Supported).Select(f => Text.TextFold.Fold(f.Claim)).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Each name or number once, and not when another check has already reported it.
        bool Reported(string claim) => !seen.Add(Text.TextFold.Fold(claim)) || reported.Any(r => r.Contains(Text.TextFold.Fold(claim), StringComparison.Ordinal));
        var tokens = alignment.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsNovel && t.IsNumber && char.IsDigit(t.Token.Folded[0]))
            {
                string claim = text.Substring(t.Token.Start, t.Token.Length);
                if (!Reported(claim)) yield return new Finding("number", claim, FindingStatus.Unsupported, null, Note: "the article states no such number");
                continue;
            }
            if (!t.IsNovel || !t.IsName || t.IsNumber) continue;
            int end = i;
            while (end + 1 < tokens.Count && tokens[end + 1].IsName && !tokens[end + 1].IsNumber && tokens[end + 1].Token.Sentence == t.Token.Sentence
                && tokens[end + 1].Token.Start - tokens[end].Token.End <= 1) end++;
            string name = text[t.Token.Start..tokens[end].Token.End];
            i = end;
            if (!Reported(name)) yield return new Finding("name", name, FindingStatus.Unsupported, null, Note: "the article never names this");
        }
    }
}
