using System.Globalization;
using Summarizer.Summaries;
using Summarizer.Verification.Alignment;
using Summarizer.Verification.Lexicon;

namespace Summarizer.Verification.Checks;

/// <summary>
/// A summary no rule faults whose score still says it more likely misstates the article than not ("the offices closed
/// after a fire" for "were closed for repairs"; "the plan was approved" for "would go ahead"). The score is a calibrated
/// probability, so below one half the summary is not passed off as verified when it has words the article has neither
/// in form nor as a WordNet synonym, outside every claim a check supported ("24-year-old" for "Hale, 24," is vouched for
/// by its age finding): one Unsupported finding names them. A low score with no such word adds nothing.
/// </summary>
internal static class LowScoreCheck
{
    /// <summary>The score under which a summary without a faulted claim is still unverified: even odds.</summary>
    public const double Floor = 0.5;

    private const int MaxWordsNamed = 6;

    public static Finding? Check(string text, double score, IReadOnlyList<Finding> findings, SummaryAlignment alignment, WordNetLexicon? lexicon)
    {
        if (score >= Floor || findings.Any(f => f.Status is FindingStatus.Unsupported or FindingStatus.Contradicted)) return null;
        var vouched = findings.Where(f => f.Status == FindingStatus.Supported && f.Kind != "keyPoint")
            .SelectMany(f => WordTokenizer.Tokenize(f.Claim)).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
        var novel = alignment.Tokens
            .Where(t => t.IsContent && t.IsNovel && !vouched.Contains(t.Token.Folded)
                && (t.IsNumber || lexicon is null || !lexicon.SynonymsOf(t.Token.Folded).Any(s => alignment.Article.Contains(s))))
            .Select(t => text.Substring(t.Token.Start, t.Token.Length)).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxWordsNamed).ToList();
        if (novel.Count == 0) return null;
        string note = string.Create(CultureInfo.InvariantCulture,
            $"scored {score:0.00}, more likely to misstate the article than not; words the article does not have: {string.Join(", ", novel)}");
        return new Finding("summary", text.Trim(), FindingStatus.Unsupported, null, Note: note);
    }
}
