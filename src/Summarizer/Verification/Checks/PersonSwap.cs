using Summarizer.Facts;
using Summarizer.Facts.People;
using Summarizer.Summaries;
using Summarizer.Verification.Alignment;

namespace Summarizer.Verification.Checks;

/// <summary>
/// One person the article names put in the place of another in a sentence the summary follows: "Green will appear
/// before magistrates" where the article has "Walker will appear before magistrates", "Officers arrested Green at the
/// scene" for "Officers arrested Paul Walker at the scene". Both names must be people of the article's facts (a surname
/// alone is enough, so a surname that is also a word, "Green", "Walker", still counts), the article sentence must name
/// the other person and not the summary's, the summary must not name the other person anywhere, and the summary's name
/// must stand where the other's stands: between the same two words, or the sentence's edge. "Smith was appointed in
/// 2010" for "He was appointed by Jones in 2010" is left alone, as is any sentence with a personal pronoun ("he" may
/// be Smith). Unsupported, not contradicted: the article says someone else did it, which a pronoun elsewhere could
/// still share.
/// </summary>
internal static class PersonSwap
{
    private const int MaxNameWords = 3;

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "him", "her", "his", "hers", "they", "them", "their" };

    public static IEnumerable<Finding> Check(string text, SummaryAlignment alignment, IReadOnlyList<PersonFact> people)
    {
        if (people.Count < 2) yield break;
        var article = alignment.Article;
        var named = alignment.Sentences.SelectMany(s => NameRuns(text, s, people)).Select(r => r.Person)
            .ToHashSet<PersonFact>(ReferenceEqualityComparer.Instance);
        foreach (var (sentence, best) in RewrittenSentences.Of(alignment))
        {
            // "He said the cuts would save money, while Jones said …": the pronoun may be the summary's person.
            if (article.SentenceTokens[best].Any(p => Pronouns.Contains(article.Tokens[p].Folded))) continue;
            foreach (var (from, to, person) in NameRuns(text, sentence, people))
            {
                if (person.Mentions.Any(m => m.SentenceId == best)) continue;
                string? left = from > 0 ? sentence[from - 1].Token.Folded : null;
                string? right = to < sentence.Count ? sentence[to].Token.Folded : null;
                var other = people.FirstOrDefault(p => !ReferenceEquals(p, person) && !named.Contains(p)
                    && p.Mentions.Any(m => m.SentenceId == best && SameSlot(article, m, left, right)));
                if (other is null) continue;
                var evidence = article.Article.Sentences[best];
                string written = text[sentence[from].Token.Start..sentence[to - 1].Token.End];
                yield return new Finding("person", RewrittenSentences.Claim(text, sentence), FindingStatus.Unsupported,
                    evidence.Text, evidence.Start, evidence.Length, $"the article says {other.Name} where the summary says {written}");
                break;
            }
        }
    }

    /// <summary>Runs of name words of the summary sentence that name one person of the article, with that person.</summary>
    private static IEnumerable<(int From, int To, PersonFact Person)> NameRuns(string text, List<AlignedToken> sentence, IReadOnlyList<PersonFact> people)
    {
        for (int k = 0; k < sentence.Count; k++)
        {
            if (!IsNameWord(sentence[k])) continue;
            int end = k;
            while (end < sentence.Count && end - k < MaxNameWords && IsNameWord(sentence[end])
                && (end == k || !ClauseBreak.Between(text, sentence[end - 1].Token, sentence[end].Token, orQuote: true))) end++;
            if (PersonMatcher.Find(people, text[sentence[k].Token.Start..sentence[end - 1].Token.End]) is { } person)
                yield return (k, end, person);
            k = end - 1;
        }
    }

    private static bool IsNameWord(AlignedToken token) => token.IsName && !token.IsNovel && !token.IsNumber;

    /// <summary>
    /// Whether the article's mention stands between <paramref name="left"/> and <paramref name="right"/>, a null
    /// neighbour being the sentence's edge: one shared word ("by Green" and "by Walker") says little.
    /// </summary>
    private static bool SameSlot(ArticleIndex article, Mention mention, string? left, string? right)
    {
        var tokens = article.Tokens;
        int first = -1, last = -1;
        foreach (int p in article.SentenceTokens[mention.SentenceId])
        {
            if (tokens[p].Start < mention.Span.Start || tokens[p].End > mention.Span.Start + mention.Span.Length) continue;
            if (first < 0) first = p;
            last = p;
        }
        if (first < 0) return false;
        bool sameSentence(int p) => p >= 0 && p < tokens.Count && tokens[p].Sentence == mention.SentenceId;
        bool leftMatches = left is null ? !sameSentence(first - 1) : sameSentence(first - 1) && tokens[first - 1].Folded == left;
        bool rightMatches = right is null ? !sameSentence(last + 1) : sameSentence(last + 1) && tokens[last + 1].Folded == right;
        return leftMatches && rightMatches;
    }
}
