using Summarizer.Facts;
using Summarizer.Facts.People;
using Summarizer.Summaries;
using Summarizer.Verification.Alignment;

namespace Summarizer.Verification.Checks;

/// <summary>
/// Reported speech given to the wrong person: "Smith said the cuts would hurt families" where the article sentence
/// has "Jones said the cuts … would hurt families, while Smith said the plan would go ahead". The words the summary
/// puts after (or before) its speaker's "said" are found in one article sentence, and each of them is credited to the
/// person whose "said" governs it there (<see cref="SpeechClauses"/>). Contradicted only when both speakers are people
/// the article names (not a title, an outlet or a company: "the Prime Minister said" may be Johnson), most of the words
/// are the other person's and none is the summary speaker's, and the summary does not name the other person itself
/// ("Jones said Smith told her …"). Words no named person governs unambiguously give no vote.
/// </summary>
internal static class SpeakerSwap
{
    private const int MinClauseWords = 3;
    private const double MinCoverage = 0.75;
    private const double MinShare = 0.75;

    public static IEnumerable<Finding> Check(string text, SummaryAlignment alignment, IReadOnlyList<PersonFact> people)
    {
        var article = alignment.Article;
        foreach (var sentence in alignment.Sentences)
        {
            if (alignment.IsCopied(sentence)) continue;
            if (SpeechClauses.InSummary(text, sentence) is not { } said) continue;
            if (PersonMatcher.Find(people, said.Written) is not { } speaker) continue;
            var known = said.Clause.Where(t => t.IsContent && !t.IsNovel).ToList();
            var clause = known.Select(t => t.Token.Folded).Distinct().ToList();
            if (clause.Count < MinClauseWords) continue;
            var (best, coverage) = alignment.BestSentence(known);
            if (best < 0 || coverage < MinCoverage) continue;
            var votes = new Dictionary<PersonFact, int>(ReferenceEqualityComparer.Instance);
            int voting = 0;
            foreach (string word in clause)
            {
                var owners = article.Positions(word).Where(p => article.Tokens[p].Sentence == best)
                    .Select(p => SpeechClauses.SpeakerOf(article, p)).Distinct().ToList();
                if (owners.Count != 1 || owners[0] is null || PersonMatcher.Find(people, owners[0]) is not { } owner) continue;
                voting++;
                votes[owner] = votes.GetValueOrDefault(owner) + 1;
            }
            if (voting < MinClauseWords || votes.ContainsKey(speaker)) continue;
            var (other, count) = votes.MaxBy(v => v.Value);
            if (count < MinShare * voting || NamesInClause(said.Clause, other)) continue;
            var evidence = article.Article.Sentences[best];
            string claim = text[sentence[0].Token.Start..sentence[^1].Token.End];
            yield return new Finding("attribution", claim, FindingStatus.Contradicted, evidence.Text, evidence.Start, evidence.Length,
                $"the article gives these words to {other.Name}, not to {said.Written}");
        }
    }

    // "Jones said Smith told her …": the summary reports the other person's words as such.
    private static bool NamesInClause(List<AlignedToken> clause, PersonFact person)
    {
        var names = person.Aliases.Append(person.Name).SelectMany(a => a.Split(' ')).Select(Summarizer.Text.TextFold.Fold).ToHashSet(StringComparer.Ordinal);
        return clause.Any(t => t.IsName && names.Contains(t.Token.Folded));
    }
}
