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
/// An article often tells its story twice, and the sentence the summary matches best is not always the one that says
/// how things stand ("hoping to convince Trump to commit to providing guarantees" in the lede, "Trump remains skeptical
/// about providing guarantees" further down). So every article sentence the summary sentence follows as closely
/// (<see cref="RewrittenSentences.MinCoverage"/>) is read, most covering first, and one that turns the summary round
/// contradicts it unless another of them says it the summary's way: states the summary's word plainly ("refused in
/// January" and "signed in March" for "signed") or, for a negation the summary adds, has a negation of its own.
/// </summary>
internal static class PolarityCheck
{
    public static IEnumerable<Finding> Check(string text, SummaryAlignment alignment, WordNetLexicon? lexicon)
    {
        var article = alignment.Article;
        foreach (var (sentence, best) in RewrittenSentences.Of(alignment))
        {
            var close = alignment.CloseSentences(sentence, RewrittenSentences.MinCoverage).Select(c => c.Sentence).ToList();
            if (!close.Contains(best)) close.Insert(0, best);
            Contradiction? found = null;
            foreach (int index in close)
            {
                if (Turn(sentence, article, index, lexicon) is not { } turn) continue;
                if (close.Any(other => other != index && SaysItTheSummarysWay(article, other, turn))) continue;
                found = turn;
                break;
            }
            if (found is not { } f) continue;
            var articleSentence = article.Article.Sentences[f.ArticleSentence];
            yield return new Finding("polarity", RewrittenSentences.Claim(text, sentence), FindingStatus.Contradicted,
                articleSentence.Text, articleSentence.Start, articleSentence.Length, f.Note);
        }
    }

    // Another sentence the summary follows as closely that says what it says: its word stated plainly, or a negation.
    private static bool SaysItTheSummarysWay(ArticleIndex article, int sentence, Contradiction turn) =>
        turn.SummaryWord is { } word ? DroppedNegation.StatesPlainly(article, sentence, word) : Negation.InSentence(article, sentence);

    /// <summary>What turns article sentence <see cref="ArticleSentence"/> round, and the summary's word that says it the other way (null for an added negation).</summary>
    private readonly record struct Contradiction(int ArticleSentence, string Note, string? SummaryWord);

    private static Contradiction? Turn(List<AlignedToken> sentence, ArticleIndex article, int index, WordNetLexicon? lexicon)
    {
        var evidence = article.SentenceWords[index];
        var cue = sentence.FirstOrDefault(t => Negation.Cues.Contains(t.Token.Folded));
        if (cue.Token.Folded is not null && !Negation.InSentence(article, index))
            return new(index, $"the summary says '{cue.Token.Folded}' where the article sentence states it without negation", null);
        if (DroppedNegation.Find(sentence, article, index) is { } negated)
            return new(index, $"the article sentence negates '{negated}'; the summary states it without the negation", negated);
        if (StanceFlip.Find(sentence, article, index) is { } stance)
            return new(index, $"the article sentence says '{stance.Article}' where the summary says '{stance.Summary}'", stance.Summary);
        if (lexicon is null) return null;
        foreach (var t in sentence.Where(t => t.IsContent && !evidence.Contains(t.Token.Folded)))
        {
            string? opposite = lexicon.AntonymsOf(t.Token.Folded).FirstOrDefault(evidence.Contains);
            if (opposite is not null)
                return new(index, $"the summary says '{t.Token.Folded}' where the article says '{opposite}'", t.Token.Folded);
        }
        return null;
    }
}
