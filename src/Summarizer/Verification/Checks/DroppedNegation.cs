using Summarizer.Facts.Lexicons;
using Summarizer.Verification.Alignment;

namespace Summarizer.Verification.Checks;

/// <summary>
/// The reverse of an added negation: the article sentence a summary sentence follows says "did not report a profit"
/// or "have never recovered", and the summary says "reported a profit" or "have recovered". The negated word is the
/// first content word after "not", "never", "no" or "cannot" ("n't" is read as "not"), or after the "to" of a verb
/// that negates it ("failed to secure"). The summary drops the negation when it has that word (or another form of it:
/// "signed" for "sign") with no negation or refusal ("failed to", "declined to") in the four words before it, and
/// keeps the article's context on one side of it: the next content word after it, or, when none follows within four
/// words, the one before the negation. That context keeps "did not confirm when she would return, but confirmed she
/// was tired" from matching "she confirmed she was tired". Where a figure follows the cue before any content word
/// ("does not have 200,000 troops", "is not 40"), the negated word is the "have" or "be" next to the cue, and "has", "had" or "is"
/// are its forms. Not a negated claim: "not only", "no doubt", "No 10", "whether or not", and a negation limited in
/// time ("will not open until May").
/// </summary>
internal static class DroppedNegation
{
    private static readonly HashSet<string> Cues = new(StringComparer.Ordinal) { "not", "never", "no", "cannot" };

    /// <summary>Words after a cue that make it something other than a negated claim.</summary>
    private static readonly HashSet<string> NotAClaim = new(StringComparer.Ordinal)
    {
        "only", "just", "merely", "least", "doubt", "matter", "mention", "wonder", "longer", "less", "more", "sooner",
    };

    /// <summary>Words after the negated one that limit the negation in time: "not … until May" says it will, then.</summary>
    private static readonly HashSet<string> Limits = new(StringComparer.Ordinal) { "until", "till", "before" };

    /// <summary>The forms of "have" and "be", each mapped to its base, for a negated possession or state.</summary>
    private static readonly Dictionary<string, string> HaveAndBe = new(StringComparer.Ordinal)
    {
        ["have"] = "have", ["has"] = "have", ["had"] = "have", ["having"] = "have",
        ["be"] = "be", ["is"] = "be", ["are"] = "be", ["was"] = "be", ["were"] = "be", ["been"] = "be", ["am"] = "be",
    };

    /// <summary>How far (in words) the negated word, the context words and a summary's own negation are looked for.</summary>
    private const int Window = 4;

    /// <summary>The negated article word the summary states plainly, or null.</summary>
    public static string? Find(IReadOnlyList<AlignedToken> sentence, ArticleIndex article, int articleSentence)
    {
        var tokens = article.Tokens;
        foreach (int i in article.SentenceTokens[articleSentence])
        {
            if (!IsCue(tokens, i)) continue;
            int w = NegatedWord(tokens, i);
            if (w < 0 || LimitedInTime(tokens, w)) continue;
            int next = ContentWord(tokens, w + 1, +1);
            int before = ContentWord(tokens, i - 1, -1);
            for (int s = 0; s < sentence.Count; s++)
            {
                if (!SameWord(sentence[s].Token.Folded, tokens[w].Folded) || Negation.NegatedBefore(sentence, s, Window)) continue;
                bool context = next >= 0
                    ? Near(sentence, s + 1, +1, tokens[next].Folded)
                    : before >= 0 && Near(sentence, s - 1, -1, tokens[before].Folded);
                if (context) return tokens[w].Folded;
            }
        }
        return null;
    }

    /// <summary>
    /// True when article sentence <paramref name="articleSentence"/> has <paramref name="word"/> (or another form of it:
    /// "agreed" for "agree") with no negation in the four words before it: the article states it plainly there.
    /// </summary>
    public static bool StatesPlainly(ArticleIndex article, int articleSentence, string word)
    {
        var tokens = article.Tokens;
        var ids = article.SentenceTokens[articleSentence];
        for (int k = 0; k < ids.Count; k++)
        {
            if (!SameWord(tokens[ids[k]].Folded, word)) continue;
            bool negated = false;
            for (int j = Math.Max(0, k - Window); j < k && !negated; j++)
                negated = Negation.Negates(tokens[ids[j]].Folded) || IsCue(tokens, ids[j]);
            if (!negated) return true;
        }
        return false;
    }

    /// <summary>"not", "never", "no", "cannot" ("whether or not" is none), or a verb negating the verb after its "to".</summary>
    private static bool IsCue(IReadOnlyList<WordToken> tokens, int i) =>
        Cues.Contains(tokens[i].Folded) && !(tokens[i].Folded == "not" && i > 0 && tokens[i - 1].Folded == "or")
        || Negation.IsNegatingVerbAt(tokens, i);

    /// <summary>The first content word within the window after the cue at <paramref name="cue"/>, or −1.</summary>
    private static int NegatedWord(IReadOnlyList<WordToken> tokens, int cue)
    {
        for (int k = cue + 1; k < tokens.Count && k <= cue + Window && tokens[k].Sentence == tokens[cue].Sentence; k++)
        {
            string word = tokens[k].Folded;
            if (NotAClaim.Contains(word)) return -1;
            // "No 1", "No 10": a rank or an address, not a negation.
            if (tokens[k].IsNumber) return tokens[cue].Folded == "no" ? -1 : HaveOrBeBetween(tokens, cue, k);
            if (Cues.Contains(word) || word is "ever" or "yet" or "even" or "to" || !Words.CarriesContent(word)) continue;
            return k;
        }
        return -1;
    }

    /// <summary>
    /// The last form of "have" or "be" after the cue and before <paramref name="end"/> ("does not have 200,000"), else
    /// the one just before the cue ("is not 40"), or −1 ("No 10" has none).
    /// </summary>
    private static int HaveOrBeBetween(IReadOnlyList<WordToken> tokens, int cue, int end)
    {
        for (int k = end - 1; k > cue; k--)
            if (HaveAndBe.ContainsKey(tokens[k].Folded)) return k;
        return cue > 0 && tokens[cue - 1].Sentence == tokens[cue].Sentence && HaveAndBe.ContainsKey(tokens[cue - 1].Folded) ? cue - 1 : -1;
    }

    private static bool LimitedInTime(IReadOnlyList<WordToken> tokens, int negated)
    {
        for (int k = negated + 1; k < tokens.Count && k <= negated + 2 * Window && tokens[k].Sentence == tokens[negated].Sentence; k++)
            if (Limits.Contains(tokens[k].Folded)) return true;
        return false;
    }

    /// <summary>The nearest content word from <paramref name="from"/> in <paramref name="step"/> direction, within the window and the sentence.</summary>
    private static int ContentWord(IReadOnlyList<WordToken> tokens, int from, int step)
    {
        int sentence = tokens[Math.Clamp(from - step, 0, tokens.Count - 1)].Sentence;
        for (int k = from, n = 0; k >= 0 && k < tokens.Count && n < Window && tokens[k].Sentence == sentence; k += step, n++)
            if (Words.CarriesContent(tokens[k].Folded) && !Cues.Contains(tokens[k].Folded)) return k;
        return -1;
    }

    private static bool Near(IReadOnlyList<AlignedToken> sentence, int from, int step, string word)
    {
        for (int k = from, n = 0; k >= 0 && k < sentence.Count && n < Window; k += step, n++)
            if (SameWord(sentence[k].Token.Folded, word)) return true;
        return false;
    }

    /// <summary>One word in two forms: the same, two forms of "have" or "be", the same five-letter stem, or one is the other plus -s, -es, -d, -ed, -ing.</summary>
    private static bool SameWord(string a, string b) =>
        a == b || HaveAndBe.TryGetValue(a, out var baseA) && HaveAndBe.TryGetValue(b, out var baseB) && baseA == baseB
        || a.Length > 5 && b.Length > 5 && ArticleIndex.Stem(a) == ArticleIndex.Stem(b) || Inflects(a, b) || Inflects(b, a);

    private static bool Inflects(string longer, string shorter) =>
        shorter.Length >= 3 && longer.Length > shorter.Length && longer.StartsWith(shorter, StringComparison.Ordinal)
        && longer[shorter.Length..] is "s" or "es" or "d" or "ed" or "ing" or "ned" or "ted" or "ped" or "ged" or "ning" or "ting" or "ping";
}
