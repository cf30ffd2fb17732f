using Summarizer.Summaries;
using Summarizer.Verification.Alignment;

namespace Summarizer.Verification.Checks;

/// <summary>
/// Reported speech given to the wrong person: "Smith said the cuts would hurt families" where the article sentence
/// has "Jones said the cuts … would hurt families, while Smith said the plan would go ahead". The words the summary
/// puts after (or before) its speaker's "said" are found in one article sentence, and each of them is credited to the
/// speaker of the article's "said" that governs it. Contradicted when most of them are someone else's and none is
/// the summary speaker's. Words no named speaker governs unambiguously ("he said", "the minister said", a clause
/// between two speakers) give no vote, so a doubtful case is left alone.
/// </summary>
internal static class SpeakerSwap
{
    private const int MinClauseWords = 3;
    private const double MinCoverage = 0.75;
    private const double MinShare = 0.75;

    public static IEnumerable<Finding> Check(string text, SummaryAlignment alignment)
    {
        var article = alignment.Article;
        foreach (var sentence in alignment.Sentences)
        {
            if (alignment.IsCopied(sentence)) continue;
            if (SpeechClauses.InSummary(text, sentence) is not { } said) continue;
            var clause = said.Clause.Where(t => t.IsContent && !t.IsNovel).Select(t => t.Token.Folded).Distinct().ToList();
            if (clause.Count < MinClauseWords) continue;
            if (BestSentence(article, clause) is not { } best) continue;
            var votes = new Dictionary<string, int>(StringComparer.Ordinal);
            int voting = 0;
            foreach (string word in clause)
            {
                var speakers = article.Positions(word).Where(p => article.Tokens[p].Sentence == best)
                    .Select(p => SpeechClauses.SpeakerOf(article, p)).Where(s => s is not null).Distinct().ToList();
                if (speakers.Count != 1) continue;
                voting++;
                votes[speakers[0]!] = votes.GetValueOrDefault(speakers[0]!) + 1;
            }
            if (voting < MinClauseWords || votes.Keys.Any(k => SamePerson(article, k, said.Speaker))) continue;
            var (other, count) = votes.MaxBy(v => v.Value);
            if (count < MinShare * voting) continue;
            var evidence = article.Article.Sentences[best];
            string claim = text[sentence[0].Token.Start..sentence[^1].Token.End];
            yield return new Finding("attribution", claim, FindingStatus.Contradicted, evidence.Text, evidence.Start, evidence.Length,
                $"the article gives these words to {Display(article, other)}, not to {said.Written}");
        }
    }

    private static int? BestSentence(ArticleIndex article, List<string> clause)
    {
        int? best = null;
        int bestHits = 0;
        for (int s = 0; s < article.SentenceWords.Count; s++)
        {
            int hits = clause.Count(w => article.SentenceWords[s].Contains(w) || article.SentenceWords[s].Contains(ArticleIndex.Stem(w)));
            if (hits > bestHits) { bestHits = hits; best = s; }
        }
        return bestHits >= MinCoverage * clause.Count ? best : null;
    }

    /// <summary>The speakers are one person when they share a name word, or the article writes them side by side ("Mary Jones").</summary>
    private static bool SamePerson(ArticleIndex article, string articleSpeaker, string summarySpeaker)
    {
        var a = articleSpeaker.Split(' ');
        var s = summarySpeaker.Split(' ');
        return a.Intersect(s, StringComparer.Ordinal).Any()
            || a.Any(x => s.Any(y => article.Bigrams.Contains(x + " " + y) || article.Bigrams.Contains(y + " " + x)));
    }

    /// <summary>The speaker's words as the article writes them ("mary jones" → "Mary Jones").</summary>
    private static string Display(ArticleIndex article, string speaker) => string.Join(' ', speaker.Split(' ').Select(word =>
        article.Positions(word).Select(p => article.Tokens[p]).FirstOrDefault(t => t.Folded == word && t.Capitalised) is { Length: > 0 } t
            ? article.Article.Text.Substring(t.Start, t.Length) : word));
}
