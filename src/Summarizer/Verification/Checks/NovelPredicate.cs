using Summarizer.Facts.Lexicons;
using Summarizer.Summaries;
using Summarizer.Verification.Alignment;
using Summarizer.Verification.Lexicon;

namespace Summarizer.Verification.Checks;

/// <summary>
/// What happened, said with a verb the article never uses in a sentence that otherwise follows one article sentence:
/// "The new housing plan was approved on Tuesday evening" where the article has the council discussing the plan on
/// Tuesday evening. The summary's verb (an "-ed" form WordNet counts mostly as a verb, right after "was", "has been",
/// "will not be", or between a subject noun and a determiner, "the council approved the plan": the clause's verb, not
/// a modifier as in "a delay caused by"; not a verb of saying, "a report has
/// suggested", nor one that frames events, such as "caused", "involved", "reported") must be new to the article in every
/// form WordNet relates to it (<see cref="NovelCause.Mentioned"/>), and no word of the article sentence may be a
/// synonym or a kind of it within two links ("held" for "arrested" passes), nor cause or entail it ("were killed" for
/// "died"). Unsupported; needs WordNet.
/// </summary>
internal static class NovelPredicate
{
    public static IEnumerable<Finding> Check(string text, SummaryAlignment alignment, WordNetLexicon? lexicon)
    {
        if (lexicon is null) yield break;
        var article = alignment.Article;
        foreach (var (sentence, best) in RewrittenSentences.Of(alignment))
        {
            for (int k = 0; k < sentence.Count; k++)
            {
                var t = sentence[k];
                string word = t.Token.Folded;
                if (!t.IsNovel || t.IsName || t.IsNumber || !IsPastForm(word) || Generic.Contains(word) || SpeechClauses.IsVerbOfSaying(word) || !IsVerbForm(word, lexicon)) continue;
                if (!AfterAuxiliary(sentence, k) && !BetweenSubjectAndObject(sentence, k, lexicon)) continue;
                if (NovelCause.Mentioned(word, article, lexicon)) continue;
                if (article.SentenceTokens[best].Any(p => Words.CarriesContent(article.Tokens[p].Folded)
                    && (lexicon.AreKindRelated(word, article.Tokens[p].Folded) || lexicon.AreCauseRelated(word, article.Tokens[p].Folded)))) continue;
                var evidence = article.Article.Sentences[best];
                yield return new Finding("wording", RewrittenSentences.Claim(text, sentence), FindingStatus.Unsupported,
                    evidence.Text, evidence.Start, evidence.Length, $"the article never says '{text.Substring(t.Token.Start, t.Token.Length)}' or a word like it");
                break;
            }
        }
    }

    // A base form WordNet counts mostly as a verb ("approve" for "approved", which is also an adjective).
    private static bool IsVerbForm(string word, WordNetLexicon lexicon) => lexicon.Lemmas(word).Skip(1).Any(lexicon.IsMostlyVerb);

    private static bool IsPastForm(string word) => word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal);

    // "was approved", "has been approved", "will not be punished": the clause's own verb, not a participle modifying
    // a noun ("a delay caused by a signal failure"), which restates rather than adds.
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "get", "got", "gets",
    };

    private static bool AfterAuxiliary(List<AlignedToken> sentence, int k) =>
        (k >= 1 && Auxiliaries.Contains(sentence[k - 1].Token.Folded))
        || (k >= 2 && Auxiliaries.Contains(sentence[k - 2].Token.Folded) && sentence[k - 1].Token.Folded is "not" or "never" or "also" or "later" or "since" or "now" or "already");

    // "The council approved the plan": a past form between a noun or name (the subject) and a determiner opening its
    // object. A participle modifying a noun ("the proposed plan", "a man arrested on Monday", "figures published this
    // week") has neither shape: a determiner opening a time phrase opens no object.
    private static bool BetweenSubjectAndObject(List<AlignedToken> sentence, int k, WordNetLexicon lexicon)
    {
        if (k < 1 || k + 1 >= sentence.Count || !Determiners.Contains(sentence[k + 1].Token.Folded)) return false;
        if (k + 2 < sentence.Count && IsTime(sentence[k + 2].Token.Folded, lexicon)) return false;
        var subject = sentence[k - 1];
        return subject.IsName || Subjects.Contains(subject.Token.Folded)
            || (Words.CarriesContent(subject.Token.Folded) && lexicon.IsMostlyNoun(subject.Token.Folded));
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those",
    };

    private static bool IsTime(string word, WordNetLexicon lexicon) =>
        NovelCause.IsTime(word, lexicon) || Words.IsWeekday(word) || Words.IsMonth(word) || word is "spring" or "summer" or "autumn" or "winter";

    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal) { "he", "she", "they", "it", "we", "who" };

    // Verbs that link or frame events rather than state one: a paraphrase uses them freely.
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "caused", "involved", "included", "reported", "followed", "continued", "started", "happened", "occurred",
        "remained", "described", "considered", "expected", "allowed", "used", "based", "linked", "related", "called",
        "named", "needed", "required", "asked", "concerned", "affected", "impacted", "prompted", "sparked", "triggered",
    };
}
