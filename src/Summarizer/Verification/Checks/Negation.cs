namespace Summarizer.Verification.Checks;

/// <summary>
/// The words that negate a statement: the cues themselves ("not", "never", "no", …; "n't" is read as "not") and the
/// verbs that negate what follows their "to" ("failed to secure", "refused to sign", "declined to comment"). The
/// polarity check and the score's negation feature read the same lists.
/// </summary>
internal static class Negation
{
    public static readonly HashSet<string> Cues = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "nowhere",
    };

    /// <summary>
    /// Verbs that negate the verb after their "to" ("failed to secure"), as whole forms so that "failure" and "heart
    /// failing" do not count; "declined" alone is also a fall ("shares declined"), which a following "to" rules out.
    /// </summary>
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "fail", "fails", "failed", "failing", "refuse", "refuses", "refused", "refusing",
        "decline", "declines", "declined", "declining", "unable",
    };

    /// <summary>Stems of words that negate what they stand before ("denied taking", "rejected the deal", "avoided defeat").</summary>
    private static readonly string[] NegatingStems = ["fail", "refus", "declin", "unabl", "deni", "deny", "reject", "avoid", "stopp", "halt", "lack"];

    /// <summary>True for a cue or a word that negates what follows it.</summary>
    public static bool Negates(string folded) => Cues.Contains(folded) || NegatingStems.Any(folded.StartsWith);

    /// <summary>True for "failed", "refuses", "declined", "unable": with a following "to", they negate the verb after it.</summary>
    public static bool IsNegatingVerb(string folded) => Verbs.Contains(folded);

    /// <summary>True when the words (one sentence's folded words) hold a cue or a verb that negates what follows its "to".</summary>
    public static bool AnyIn(IReadOnlySet<string> words) => words.Overlaps(Cues) || words.Any(IsNegatingVerb);
}
