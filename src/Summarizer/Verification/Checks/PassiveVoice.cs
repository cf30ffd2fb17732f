namespace Summarizer.Verification.Checks;

/// <summary>
/// Whether a verb stands in the passive voice ("Locke will be confirmed", "was later sacked", "was on Sunday sacked",
/// "got beaten"): a form of "be" or "get" before a past participle, right before it or with up to three adverbs or
/// words of time between. In the passive the word before the
/// verb is who it happens to, not who does it, so a summary that words the same event actively names the two sides in
/// the opposite order without swapping them.
/// </summary>
internal static class PassiveVoice
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "be", "been", "being", "is", "are", "was", "were", "get", "gets", "got", "getting", "gotten",
    };

    // Words that may stand between the auxiliary and the participle: "was later sacked", "was on Sunday sacked".
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "not", "never", "also", "later", "then", "already", "still", "just", "now", "soon", "since", "once", "again",
        "today", "yesterday", "tonight", "on", "last", "this", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday",
    };

    private const int MaxBetween = 3;

    // Past participles that do not end in "-ed", of verbs news reports use of people and teams.
    private static readonly HashSet<string> IrregularParticiples = new(StringComparer.Ordinal)
    {
        "beaten", "bought", "brought", "caught", "chosen", "driven", "fought", "forgiven", "found", "given", "held", "hit",
        "hurt", "kept", "known", "led", "left", "lost", "made", "met", "overtaken", "paid", "put", "seen", "sent", "set",
        "shaken", "shot", "shown", "sold", "sought", "spoken", "stolen", "struck", "sworn", "taken", "taught", "thrown",
        "told", "won", "written", "drawn", "withdrawn", "grown", "blown", "hidden", "ridden", "bitten", "broken",
        "forgotten", "frozen", "torn", "worn", "born", "bound", "fed", "dealt", "heard", "hung", "laid", "let", "meant",
        "spent", "split", "stood", "stuck", "swept", "understood", "upheld", "cut", "beat", "rung", "overthrown",
    };

    /// <summary>
    /// True when the word at <paramref name="verb"/> is a passive participle; <paramref name="wordAt"/> gives the folded
    /// word at an index of the same sentence, or null outside it.
    /// </summary>
    public static bool At(Func<int, string?> wordAt, int verb)
    {
        if (wordAt(verb) is not { } participle || !IsParticiple(participle)) return false;
        for (int k = verb - 1; k >= verb - 1 - MaxBetween; k--)
        {
            if (wordAt(k) is not { } before) return false;
            if (Auxiliaries.Contains(before)) return true;
            if (!IsAdverb(before)) return false;
        }
        return false;
    }

    private static bool IsParticiple(string word) =>
        (word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal)) || IrregularParticiples.Contains(word);

    private static bool IsAdverb(string word) =>
        Adverbs.Contains(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal));
}
