using Summarizer.Facts.Lexicons;
using Summarizer.Summaries;
using Summarizer.Verification.Alignment;
using Summarizer.Verification.Lexicon;

namespace Summarizer.Verification.Checks;

/// <summary>
/// A word swapped inside a sentence the summary otherwise follows: "more than 100 people were killed when the bridge
/// collapsed" for "… were injured when …". The summary's word is new to the article, stands between the same two
/// neighbours as a different content word of the article sentence it follows, and WordNet (needed: without it the
/// check is skipped) gives neither word as a synonym, a related form, another form of the same word, or a kind of the
/// other within two steps ("see" for "glimpse"). A word placing the statement in time ("last month" for "next month",
/// "Tuesday" for "Monday"; "last" and "past" are one) is checked the same way even when the article uses it elsewhere,
/// and so is a name from
/// elsewhere in the article put in the place of another name its sentence has ("the Chinese Grand Prix" for "the
/// Malaysian Grand Prix") when the summary sentence lacks the article's name and WordNet does not relate the two
/// ("Georgia" and "Georgian") and neither is a title ("President Obama" for "Barack Obama"); an acronym of the
/// article put in the place of a longer name whose initials it is not is one too ("the NATO flag" for "the United
/// Nations flag", not "the UN flag"; see <see cref="IsOtherName"/>), unless the article pairs the two ("the Federal
/// Security Service (FSB)"; see <see cref="AcronymPairs"/>). A word at the sentence's
/// first or last place needs its one neighbour and the article word at the same edge. Unsupported, not contradicted:
/// the article does not say the word is wrong, only something else in its place. Names and numbers are left to
/// <see cref="NovelTermCheck"/>, opposites to <see cref="PolarityCheck"/>.
/// </summary>
internal static class SubstitutionCheck
{
    public static IEnumerable<Finding> Check(string text, SummaryAlignment alignment, WordNetLexicon? lexicon)
    {
        if (lexicon is null) yield break;
        var tokens = alignment.Article.Tokens;
        foreach (var (sentence, best) in RewrittenSentences.Of(alignment))
        {
            for (int k = 0; k < sentence.Count && sentence.Count > 1; k++)
            {
                var t = sentence[k];
                string word = t.Token.Folded;
                // The sentence's own word is no swap, nor a model's placeholder for a word it could not spell.
                if (alignment.Article.SentenceWords[best].Contains(word) || word == "unk") continue;
                bool time = IsTimeWord(t.Token);
                bool name = !time && t.IsName && !t.IsNovel && !t.IsNumber;
                if (!time && !name && (!t.IsNovel || t.IsName || t.IsNumber)) continue;
                // Nor is a word the sentence has in another form ("fight" where it says "fighting"), unless the summary
                // uses that form too ("which bought the site … buys it" where the article has "bought … leased"); a
                // word of time is not read through its forms ("last" is no form of "lasted").
                if (!time && !name && HasFormOf(lexicon, alignment.Article.SentenceWords[best].Where(w => !sentence.Any(s => s.Token.Folded == w)), word)) continue;
                string? left = k > 0 ? sentence[k - 1].Token.Folded : null, right = k + 1 < sentence.Count ? sentence[k + 1].Token.Folded : null;
                var sentenceTokens = alignment.Article.SentenceTokens[best];
                if (ReplacedWord(tokens, sentenceTokens, left, right) is not { } replacedToken)
                {
                    if (name && IsAcronym(text, t.Token) && LongerName(tokens, sentenceTokens, left, right) is { } longer
                        && IsOtherName(alignment, lexicon, sentence, word, longer) && !AcronymPairs.Pairs(alignment.Article, word, longer))
                    {
                        var source = alignment.Article.Article.Sentences[best];
                        yield return new Finding("wording", RewrittenSentences.Claim(text, sentence), FindingStatus.Unsupported, source.Text,
                            source.Start, source.Length, $"the article says '{string.Join(' ', longer.Select(r => r.Folded))}' where the summary says '{word}'");
                        break;
                    }
                    continue;
                }
                if (replacedToken.Folded == word) continue;
                string replaced = replacedToken.Folded;
                if (time ? !IsTimeWord(replacedToken) || TimeClass(replaced) == TimeClass(word)
                    // A title or a first name for another ("President Obama" for "Barack Obama") is the same person.
                    : name ? alignment.Article.IsCapitalised(replaced) != true || sentence.Any(s => s.Token.Folded == replaced)
                        || lexicon.IsCommonWord(word) || lexicon.IsCommonWord(replaced) || Honorifics.Contains(replaced)
                        || AreForms(lexicon, word, replaced)
                    : !Words.CarriesContent(replaced) || AreParaphrases(lexicon, word, replaced)) continue;
                var evidence = alignment.Article.Article.Sentences[best];
                yield return new Finding("wording", RewrittenSentences.Claim(text, sentence), FindingStatus.Unsupported,
                    evidence.Text, evidence.Start, evidence.Length, $"the article says '{replaced}' where the summary says '{word}'");
                break;
            }
        }
    }

    /// <summary>
    /// Words that place a statement in time or measure it ("next month", "on Tuesday", "in March", "several hours"):
    /// another one in the same place moves or stretches the event, whether or not the article uses it elsewhere.
    /// "May" is a month only where it is written as one, capitalised inside a sentence.
    /// </summary>
    private static bool IsTimeWord(WordToken token) =>
        IsTimeWord(token.Folded) || token.Folded == "may" && token.Capitalised && !token.SentenceInitial;

    private static bool IsTimeWord(string word) =>
        word is "last" or "next" or "this" or "previous" or "coming" or "past" or "yesterday" or "today" or "tomorrow"
            or "morning" or "afternoon" or "evening" or "night"
        || TimeUnits.Contains(word.TrimEnd('s')) || Words.IsWeekday(word) || Words.IsMonth(word) && word != "may";

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof" };

    /// <summary>"last", "past" and "previous" say the same, as do "next" and "coming".</summary>
    private static string TimeClass(string word) => word switch
    {
        "past" or "previous" => "last",
        "coming" => "next",
        _ => word.TrimEnd('s'),
    };

    private static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal) { "minute", "hour", "day", "week", "month", "year", "decade" };

    /// <summary>
    /// The word of the article sentence (its token indexes) between <paramref name="left"/> and <paramref name="right"/>, or null; a null
    /// neighbour is the sentence's edge, which the article's word must then stand at too (one neighbour is still needed).
    /// </summary>
    private static WordToken? ReplacedWord(IReadOnlyList<WordToken> tokens, IReadOnlyList<int> sentenceTokens, string? left, string? right)
    {
        if (left is null && right is null) return null;
        foreach (int p in sentenceTokens)
        {
            int sentence = tokens[p].Sentence;
            bool leftEdge = p == 0 || tokens[p - 1].Sentence != sentence, rightEdge = p + 1 == tokens.Count || tokens[p + 1].Sentence != sentence;
            if ((left is null ? leftEdge : !leftEdge && tokens[p - 1].Folded == left)
                && (right is null ? rightEdge : !rightEdge && tokens[p + 1].Folded == right))
                return tokens[p];
        }
        return null;
    }

    /// <summary>A longer name an acronym may be put in the place of: "NATO" for "United Nations".</summary>
    private const int MaxNameWords = 3;

    /// <summary>Written in capitals, two letters or more: "NATO", "UN".</summary>
    private static bool IsAcronym(string text, WordToken token)
    {
        if (token.Length < 2 || token.Start < 0 || token.End > text.Length) return false;
        for (int i = token.Start; i < token.End; i++)
            if (!char.IsLetter(text[i]) || !char.IsUpper(text[i])) return false;
        return true;
    }

    /// <summary>
    /// Two or three words of the article sentence between <paramref name="left"/> and <paramref name="right"/> (both
    /// needed), or null: the longer name an acronym of the summary may stand in the place of.
    /// </summary>
    private static List<WordToken>? LongerName(IReadOnlyList<WordToken> tokens, IReadOnlyList<int> sentenceTokens, string? left, string? right)
    {
        if (left is null || right is null) return null;
        foreach (int p in sentenceTokens)
        {
            if (p == 0 || tokens[p - 1].Sentence != tokens[p].Sentence || tokens[p - 1].Folded != left) continue;
            for (int q = p + 1; q < p + MaxNameWords && q + 1 < tokens.Count && tokens[q + 1].Sentence == tokens[p].Sentence; q++)
                if (tokens[q + 1].Folded == right) return [.. Enumerable.Range(p, q - p + 1).Select(i => tokens[i])];
        }
        return null;
    }

    /// <summary>
    /// An acronym the article uses put in the place of a longer name of the article sentence that it does not stand
    /// for: "the NATO flag" for "the United Nations flag". The longer name is the article's (capitalised wherever the
    /// article writes it), the summary sentence lacks all its words, none is a title, WordNet relates none to the
    /// acronym, and neither the acronym nor the name's initials begins the other ("UN", "SNP" for "Scottish
    /// Nationalist"). An alias that is no acronym ("the Tories" for "the Conservative Party") is never read as a swap.
    /// </summary>
    private static bool IsOtherName(SummaryAlignment alignment, WordNetLexicon lexicon, List<AlignedToken> sentence, string acronym, List<WordToken> longer)
    {
        if (lexicon.IsCommonWord(acronym)) return false;
        foreach (var r in longer)
        {
            if (alignment.Article.IsCapitalised(r.Folded) != true || !char.IsLetter(r.Folded[0]) || Honorifics.Contains(r.Folded)
                || sentence.Any(s => s.Token.Folded == r.Folded) || AreForms(lexicon, acronym, r.Folded)) return false;
        }
        string initials = string.Concat(longer.Select(r => r.Folded[0]));
        return !initials.StartsWith(acronym, StringComparison.Ordinal) && !acronym.StartsWith(initials, StringComparison.Ordinal);
    }

    // Forms of one another are paraphrases even where they also oppose through another sense ("make", "take").
    private static bool AreParaphrases(WordNetLexicon lexicon, string a, string b) =>
        AreForms(lexicon, a, b) || !AreOpposedThroughSynonym(lexicon, a, b) && lexicon.AreKindRelated(a, b);

    /// <summary>
    /// One word is a synonym of the other's antonym ("reject" shares a sense with "disapprove", the antonym of
    /// "approve"): opposites that WordNet files under one parent are no paraphrase. Direct antonyms ("rose", "fell")
    /// are <see cref="PolarityCheck"/>'s.
    /// </summary>
    private static bool AreOpposedThroughSynonym(WordNetLexicon lexicon, string a, string b)
    {
        if (Shares(lexicon.AntonymsOf(a), lexicon.Lemmas(b)) || Shares(lexicon.AntonymsOf(b), lexicon.Lemmas(a))) return false;
        return Shares(lexicon.AntonymsOf(a).SelectMany(lexicon.SynonymsOf), lexicon.Lemmas(b))
            || Shares(lexicon.AntonymsOf(b).SelectMany(lexicon.SynonymsOf), lexicon.Lemmas(a));
    }

    /// <summary>Synonyms or related forms ("Georgia" and "Georgian"); for names, kinds are no paraphrase ("Chinese", "Malaysian").</summary>
    private static bool AreForms(WordNetLexicon lexicon, string a, string b) =>
        Shares(lexicon.SynonymsOf(a), lexicon.Lemmas(b)) || Shares(lexicon.SynonymsOf(b), lexicon.Lemmas(a))
        || Shares(lexicon.RelatedForms(a), lexicon.Lemmas(b)) || Shares(lexicon.RelatedForms(b), lexicon.Lemmas(a));

    /// <summary>
    /// A word of the sentence that is another form of <paramref name="word"/>: one is a base form of the other ("fight",
    /// "fighting"), or both have the same base form ("fights", "fought"), as WordNet's morphology reads them.
    /// </summary>
    private static bool HasFormOf(WordNetLexicon lexicon, IEnumerable<string> sentenceWords, string word)
    {
        var forms = lexicon.Lemmas(word).Where(f => f.Length > 2).ToHashSet(StringComparer.Ordinal);
        return sentenceWords.Any(w => w.Length > 2 && lexicon.Lemmas(w).Any(forms.Contains));
    }

    private static bool Shares(IEnumerable<string> words, IEnumerable<string> forms)
    {
        var set = forms.ToHashSet(StringComparer.Ordinal);
        return words.Any(set.Contains);
    }
}
