using Summarizer.Summaries;
using Summarizer.Verification.Alignment;
using Summarizer.Verification.Lexicon;

namespace Summarizer.Verification.Checks;

/// <summary>
/// An event the article never mentions, given as the cause or occasion of one it does: "the offices closed after a
/// fire" where the article has them "closed for repairs". The noun right after "after", "because of", "following",
/// "amid", "due to", "thanks to", "as a result of" or "in the wake of" (past adjectives only) must be new to the
/// article in every form WordNet knows: not the word, its base form, a synonym, a derivation or its synonyms ("death"
/// for "died", "closure" for "shuts"), nor the parent noun of an article noun ("victory" for "win"). A time ("after
/// midnight", "the following day") is no event. Unsupported; needs WordNet. Only one noun-to-noun link of WordNet's
/// kinds is read: over all of a word's senses and more links they relate too much ("fire" is a kind of "work" as a verb).
/// </summary>
internal static class NovelCause
{
    // Nouns of time: "after the interval", "after more than a decade" date an event, they do not cause it.
    private static readonly HashSet<string> TimeNouns = new(StringComparer.Ordinal)
    {
        "second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century", "season", "weekend",
        "morning", "afternoon", "evening", "night", "midnight", "noon", "dawn", "dusk", "interval", "break", "half",
        "period", "spell", "while", "time", "moment", "term", "stint", "tenure", "career", "start", "end",
    };

    private const int MaxModifiers = 2;

    public static IEnumerable<Finding> Check(string text, SummaryAlignment alignment, WordNetLexicon? lexicon)
    {
        if (lexicon is null) yield break;
        foreach (var sentence in alignment.Sentences)
        {
            if (alignment.IsCopied(sentence)) continue;
            for (int i = 0; i < sentence.Count - 1; i++)
            {
                if (!IsCue(sentence, i)) continue;
                if (Head(text, sentence, i, lexicon) is not { } j) continue;
                var noun = sentence[j];
                if (!noun.IsNovel || IsTime(noun.Token.Folded, lexicon) || Mentioned(noun.Token.Folded, alignment.Article, lexicon)) continue;
                // The claim opens with the whole cue: "as a result of falling income".
                int cueStart = sentence[i].Token.Folded is "result" or "wake" ? i - 2 : i;
                string claim = text[sentence[cueStart].Token.Start..noun.Token.End];
                yield return new Finding("event", claim, FindingStatus.Unsupported, null,
                    Note: $"the article does not mention '{text.Substring(noun.Token.Start, noun.Token.Length)}'");
                break;
            }
        }
    }

    /// <summary>
    /// "after", "amid", "following" (not "the following"); "because of", "due to", "thanks to"; "as a result of", "in
    /// the wake of" (the cue word is the one before "of"). "He is due in court" names no cause.
    /// </summary>
    private static bool IsCue(List<AlignedToken> sentence, int i)
    {
        string Word(int k) => k >= 0 && k < sentence.Count ? sentence[k].Token.Folded : "";
        return Word(i) switch
        {
            "after" or "amid" => true,
            "following" => Word(i - 1) != "the",
            "because" => Word(i + 1) == "of",
            "due" or "thanks" => Word(i + 1) == "to",
            "result" => Word(i + 1) == "of" && Word(i - 1) == "a" && Word(i - 2) == "as",
            "wake" => Word(i + 1) == "of" && Word(i - 1) == "the" && Word(i - 2) == "in",
            _ => false,
        };
    }

    /// <summary>
    /// The index of the noun the cue introduces, or null: the words between may only be function words ("of", "to",
    /// "a") and at most two adjectives; a verb ("after being found", "due to appear"), a name, a number or a clause
    /// break ends the search.
    /// </summary>
    private static int? Head(string text, List<AlignedToken> sentence, int cue, WordNetLexicon lexicon)
    {
        int modifiers = 0;
        for (int j = cue + 1; j < sentence.Count && modifiers <= MaxModifiers; j++)
        {
            var t = sentence[j];
            if (ClauseBreak.Between(text, sentence[j - 1].Token, t.Token)) return null;
            if (!t.IsContent) continue;
            if (t.IsName || t.IsNumber) return null;
            string word = t.Token.Folded;
            if (lexicon.IsMostlyNoun(word) && !word.EndsWith("ing", StringComparison.Ordinal)) return j;
            if (!lexicon.IsAdjective(word) || lexicon.IsMostlyNoun(word)) return null;
            modifiers++;
        }
        return null;
    }

    internal static bool IsTime(string word, WordNetLexicon lexicon) => lexicon.Lemmas(word).Any(TimeNouns.Contains);

    /// <summary>True when the article has the noun in any form WordNet relates to it.</summary>
    internal static bool Mentioned(string noun, ArticleIndex article, WordNetLexicon lexicon)
    {
        var related = lexicon.RelatedForms(noun).ToList();
        // A derivation's synonyms too: "closure" → "close" → "shut".
        var forms = lexicon.Lemmas(noun).Concat(lexicon.SynonymsOf(noun)).Concat(related).Concat(related.SelectMany(lexicon.SynonymsOf)).Distinct().ToList();
        if (forms.Any(f => Inflected(f).Any(x => article.Contains(x, orStem: false)))) return true;
        // A narrower noun of the article that the summary names more generally: "beat Rangers … the win" for "a victory".
        return article.Tokens.Select(t => t.Folded).Distinct(StringComparer.Ordinal)
            .Any(w => !char.IsDigit(w[0]) && lexicon.IsNounKindOf(w, noun));
    }

    private static IEnumerable<string> Inflected(string form) => [form, form + "s", form + "es", form + "d", form + "ed", form + "ing"];
}
