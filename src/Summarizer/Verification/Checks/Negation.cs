using Summarizer.Verification.Alignment;

namespace Summarizer.Verification.Checks;

/// <summary>
/// The words that negate a statement: the cues themselves ("not", "never", "no", …; "n't" is read as "not") and the
/// verbs that negate the verb after their "to" ("failed to secure", "refused to sign"). The polarity check and the
/// score's negation feature read <see cref="Cues"/> and <see cref="InSentence"/>; <see cref="DroppedNegation"/> looks
/// for the narrower set of cues that negate the word after them ("not", "never", "no", "cannot").
/// </summary>
internal static class Negation
{
    public static readonly HashSet<string> Cues = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "nowhere",
    };

    /// <summary>
    /// Verbs that negate the verb after their "to" ("failed to secure"), as whole forms so that "failure" does not
    /// count; "declined" alone is also a fall ("shares declined"), which only a following "to" rules out.
    /// </summary>
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "fail", "fails", "failed", "failing", "refuse", "refuses", "refused", "refusing",
        "decline", "declines", "declined", "declining", "unable",
    };

    /// <summary>Beginnings of words that negate what they stand before ("denied taking", "rejected the deal", "avoided defeat").</summary>
    private static readonly string[] NegatingPrefixes =
        ["fail", "refus", "declin", "unable", "denie", "denies", "deny", "reject", "avoid", "stopp", "halt", "lack"];

    /// <summary>True for a cue or a word that negates what follows it.</summary>
    public static bool Negates(string folded) =>
        Cues.Contains(folded) || NegatingPrefixes.Any(p => folded.StartsWith(p, StringComparison.Ordinal));

    /// <summary>True at a verb that negates the verb after it: "failed" followed by "to" in the same sentence.</summary>
    public static bool IsNegatingVerbAt(IReadOnlyList<WordToken> tokens, int i) =>
        Verbs.Contains(tokens[i].Folded) && i + 1 < tokens.Count && tokens[i + 1].Folded == "to" && tokens[i + 1].Sentence == tokens[i].Sentence;

    /// <summary>True when article sentence <paramref name="sentence"/> holds a cue, or a verb followed by "to" that negates the next.</summary>
    public static bool InSentence(ArticleIndex article, int sentence)
    {
        var tokens = article.Tokens;
        return article.SentenceTokens[sentence].Any(i => Cues.Contains(tokens[i].Folded) || IsNegatingVerbAt(tokens, i));
    }

    /// <summary>
    /// True when a word negating what follows (<see cref="Negates"/>, or one of <paramref name="alsoNegating"/>) stands in
    /// the <paramref name="window"/> words of the summary sentence before position <paramref name="at"/>.
    /// </summary>
    public static bool NegatedBefore(IReadOnlyList<AlignedToken> sentence, int at, int window, IReadOnlySet<string>? alsoNegating = null)
    {
        for (int k = Math.Max(0, at - window); k < at; k++)
            if (Negates(sentence[k].Token.Folded) || alsoNegating?.Contains(sentence[k].Token.Folded) == true) return true;
        return false;
    }
}
