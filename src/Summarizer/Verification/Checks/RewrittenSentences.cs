using Summarizer.Verification.Alignment;

namespace Summarizer.Verification.Checks;

/// <summary>
/// The summary sentences a rewrite may have changed one thing in: not copied from the article, and following one
/// article sentence closely (at least three quarters of their content words in it), each with that sentence's id.
/// The polarity, substitution, new-verb and person-swap checks all look only here.
/// </summary>
internal static class RewrittenSentences
{
    public const double MinCoverage = 0.75;

    public static IEnumerable<(List<AlignedToken> Sentence, int Best)> Of(SummaryAlignment alignment)
    {
        foreach (var sentence in alignment.Sentences)
        {
            if (alignment.IsCopied(sentence)) continue;
            var (best, coverage) = alignment.BestSentence(sentence);
            if (best >= 0 && coverage >= MinCoverage) yield return (sentence, best);
        }
    }

    /// <summary>The sentence's text from its first word to its last, as the summary writes it.</summary>
    public static string Claim(string text, List<AlignedToken> sentence) => text[sentence[0].Token.Start..sentence[^1].Token.End];
}
