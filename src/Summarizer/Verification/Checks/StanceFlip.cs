using Summarizer.Verification.Alignment;

namespace Summarizer.Verification.Checks;

/// <summary>
/// A stance turned round: the article sentence a summary sentence follows says someone doubts or opposes a thing
/// ("Trump remains skeptical about providing guarantees"), and the summary says they back it ("Trump has agreed to
/// provide guarantees"). The summary's word of support must be new to that sentence (the article may say "was
/// reluctant but finally agreed"), the sentence must hold a word of doubt or opposition the summary lacks and no word
/// of support (then it gives both sides: "Labour opposed the bill, which the Tories backed"), and the summary must not
/// negate its own word ("has not agreed"). Words are matched by their beginnings, so "opposes",
/// "opposed" and "opposition" are one.
/// </summary>
internal static class StanceFlip
{
    private static readonly string[] Opposing =
    [
        "skeptic", "sceptic", "oppos", "reluctan", "unwilling", "refus", "reject", "doubt", "wary", "warie", "resist",
        "hesitan", "dismiss", "denie", "deny", "disagree", "object", "critic", "condemn",
    ];

    private static readonly string[] Supporting =
    [
        "agree", "approv", "support", "backed", "backs", "backing", "welcom", "keen", "eager", "willing", "commit",
        "pledg", "endors", "accept", "embrac", "favour", "favor", "champion", "praise", "prais",
    ];

    /// <summary>The article's word of opposition and the summary's word of support, or null.</summary>
    public static (string Article, string Summary)? Find(IReadOnlyList<AlignedToken> sentence, ArticleIndex article, int articleSentence)
    {
        var evidence = article.SentenceTokens[articleSentence].Select(i => article.Tokens[i].Folded).ToList();
        // A sentence giving both stances ("Labour opposed the bill, which the Tories supported") says who backs it.
        if (evidence.Any(w => Starts(w, Supporting))) return null;
        string? opposing = evidence.FirstOrDefault(w => Starts(w, Opposing) && !sentence.Any(t => t.Token.Folded == w));
        if (opposing is null) return null;
        for (int k = 0; k < sentence.Count; k++)
        {
            string word = sentence[k].Token.Folded;
            if (!Starts(word, Supporting) || evidence.Contains(word) || Negated(sentence, k)) continue;
            return (opposing, word);
        }
        return null;
    }

    private static bool Starts(string word, string[] beginnings) =>
        beginnings.Any(b => word.StartsWith(b, StringComparison.Ordinal));

    private static bool Negated(IReadOnlyList<AlignedToken> sentence, int at)
    {
        for (int k = Math.Max(0, at - 4); k < at; k++)
            if (Negation.Negates(sentence[k].Token.Folded) || sentence[k].Token.Folded == "n't") return true;
        return false;
    }
}
