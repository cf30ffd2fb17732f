using Summarizer.Summaries;
using Summarizer.Verification.Alignment;
using Summarizer.Verification.Lexicon;

namespace Summarizer.Verification.Checks;

/// <summary>
/// A summary sentence that follows one article sentence closely (most of its content words are there) but turns it
/// round: it adds a negation the article sentence lacks ("did not sign" for "signed"), drops one the article sentence
/// has ("signed" for "did not sign", <see cref="DroppedNegation"/>), says someone backs what the sentence says they
/// doubt or oppose ("agreed to provide" for "skeptical about providing", <see cref="StanceFlip"/>), or uses a word whose antonym
/// (WordNet, when installed) stands in the article sentence in its place ("rose" for "fell"). Contradicted, with the
/// article sentence as evidence.
/// </summary>
internal static class PolarityCheck
{
    public static IEnumerable<Finding> Check(string text, SummaryAlignment alignment, WordNetLexicon? lexicon)
    {
        foreach (var (sentence, best) in RewrittenSentences.Of(alignment))
        {
            var evidence = alignment.Article.SentenceWords[best];
            var articleSentence = alignment.Article.Article.Sentences[best];
            string claim = RewrittenSentences.Claim(text, sentence);
            Finding Contradicted(string note) => new("polarity", claim, FindingStatus.Contradicted, articleSentence.Text, articleSentence.Start, articleSentence.Length, note);

            var cue = sentence.FirstOrDefault(t => Negation.Cues.Contains(t.Token.Folded));
            if (cue.Token.Folded is not null && !Negation.InSentence(alignment.Article, best))
            {
                yield return Contradicted($"the summary says '{cue.Token.Folded}' where the article sentence states it without negation");
                continue;
            }
            if (DroppedNegation.Find(sentence, alignment.Article, best) is { } negated)
            {
                yield return Contradicted($"the article sentence negates '{negated}'; the summary states it without the negation");
                continue;
            }
            if (StanceFlip.Find(sentence, alignment.Article, best) is { } stance)
            {
                yield return Contradicted($"the article sentence says '{stance.Article}' where the summary says '{stance.Summary}'");
                continue;
            }
            if (lexicon is null) continue;
            foreach (var t in sentence.Where(t => t.IsContent && !evidence.Contains(t.Token.Folded)))
            {
                string? opposite = lexicon.AntonymsOf(t.Token.Folded).FirstOrDefault(evidence.Contains);
                if (opposite is null) continue;
                yield return Contradicted($"the summary says '{t.Token.Folded}' where the article says '{opposite}'");
                break;
            }
        }
    }
}
