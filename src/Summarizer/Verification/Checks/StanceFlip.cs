using Summarizer.Verification.Alignment;

namespace Summarizer.Verification.Checks;

/// <summary>
/// A stance turned round: the article sentence a summary sentence follows says someone doubts or opposes a thing
/// ("Trump remains skeptical about providing guarantees"), and the summary says they back it ("Trump has agreed to
/// provide guarantees"). The summary's word of support must be new to that sentence (the article may say "was
/// reluctant but finally agreed"), the sentence must hold a word of doubt or opposition the summary lacks and no word
/// of support (then it gives both sides: "Labour opposed the bill, which the Tories backed"), and the summary must not
/// negate its own word ("has not agreed", "voted against accepting"). Whole word forms only: "critical" is no
/// criticism, nor "committee" a commitment.
/// </summary>
internal static class StanceFlip
{
    private static readonly HashSet<string> Opposing = new(StringComparer.Ordinal)
    {
        "skeptical", "sceptical", "skepticism", "scepticism", "oppose", "opposes", "opposed", "opposing", "reluctant",
        "reluctance", "unwilling", "refuse", "refuses", "refused", "refusing", "reject", "rejects", "rejected",
        "rejecting", "doubt", "doubts", "doubted", "doubtful", "wary", "resist", "resists", "resisted", "resisting",
        "hesitant", "disagree", "disagrees", "disagreed", "condemn", "condemns", "condemned",
    };

    private static readonly HashSet<string> Supporting = new(StringComparer.Ordinal)
    {
        "agree", "agrees", "agreed", "agreeing", "approve", "approves", "approved", "approving", "support", "supports",
        "supported", "supporting", "supportive", "backed", "backs", "backing", "welcome", "welcomes", "welcomed", "keen",
        "eager", "willing", "commit", "commits", "committed", "pledge", "pledges", "pledged", "endorse", "endorses",
        "endorsed", "accept", "accepts", "accepted", "accepting", "embrace", "embraces", "embraced", "favour", "favours",
        "favoured", "favor", "favors", "favored", "praise", "praises", "praised",
    };

    /// <summary>Words before a word of support that turn it round ("voted against accepting", "without approving").</summary>
    private static readonly HashSet<string> Against = new(StringComparer.Ordinal) { "against", "without", "n't" };

    /// <summary>How many words before a word of support are read for a negation of it.</summary>
    private const int Window = 4;

    /// <summary>The article's word of opposition and the summary's word of support, or null.</summary>
    public static (string Article, string Summary)? Find(IReadOnlyList<AlignedToken> sentence, ArticleIndex article, int articleSentence)
    {
        var evidence = article.SentenceTokens[articleSentence].Select(i => article.Tokens[i].Folded).ToList();
        // A sentence giving both stances ("Labour opposed the bill, which the Tories supported") says who backs it.
        if (evidence.Any(Supporting.Contains)) return null;
        string? opposing = evidence.FirstOrDefault(w => Opposing.Contains(w) && !sentence.Any(t => t.Token.Folded == w));
        if (opposing is null) return null;
        for (int k = 0; k < sentence.Count; k++)
        {
            string word = sentence[k].Token.Folded;
            if (!Supporting.Contains(word) || Negation.NegatedBefore(sentence, k, Window, Against)) continue;
            return (opposing, word);
        }
        return null;
    }
}
