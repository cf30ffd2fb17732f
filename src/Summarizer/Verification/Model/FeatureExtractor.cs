using Summarizer.Summaries;
using Summarizer.Verification.Alignment;
using Summarizer.Verification.Embeddings;
using Summarizer.Verification.Lexicon;

namespace Summarizer.Verification.Model;

/// <summary>Computes <see cref="ConsistencyFeatures"/> from a summary's alignment to its article and the rule checks' findings.</summary>
internal static class FeatureExtractor
{
    public static ConsistencyFeatures Compute(SummaryAlignment alignment, IReadOnlyList<Finding> findings, WordNetLexicon? lexicon, EmbeddingMatch match)
    {
        var tokens = alignment.Tokens;
        var content = tokens.Where(t => t.IsContent).ToList();
        double novelContent = content.Count == 0 ? 1 : (double)content.Count(t => t.IsNovel) / content.Count;
        int novelNames = content.Where(t => t.IsNovel && t.IsName && !t.IsNumber).Select(t => t.Token.Folded).Distinct().Count();
        // A novel word whose synonym the article has is a paraphrase; one with none is new content.
        int unexplained = content.Count(t => t.IsNovel && (t.IsNumber || lexicon is null
            || !lexicon.SynonymsOf(t.Token.Folded).Any(s => alignment.Article.Contains(s))));
        int novelNumbers = content.Where(t => t.IsNovel && t.IsNumber).Select(t => t.Token.Folded).Distinct().Count();

        int bigrams = 0, novelBigrams = 0;
        for (int i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Token.Sentence != tokens[i - 1].Token.Sentence) continue;
            bigrams++;
            if (!alignment.Article.Bigrams.Contains(tokens[i - 1].Token.Folded + " " + tokens[i].Token.Folded)) novelBigrams++;
        }
        int words = Math.Max(1, tokens.Count);
        double copied = (double)alignment.Fragments.Sum(f => f.Length) / words;
        double density = alignment.Fragments.Sum(f => (double)f.Length * f.Length) / words;
        // fragmentOf[i]: the copied fragment holding word i (-1: none); a triple is copied when one fragment holds all three.
        var fragmentOf = Enumerable.Repeat(-1, tokens.Count).ToArray();
        for (int f = 0; f < alignment.Fragments.Count; f++)
            for (int k = 0; k < alignment.Fragments[f].Length; k++) fragmentOf[alignment.Fragments[f].SummaryStart + k] = f;
        var fragmentsBySentence = alignment.Fragments.ToLookup(f => f.SummarySentence);
        int trigrams = 0, novelTrigrams = 0;
        for (int i = 2; i < tokens.Count; i++)
        {
            if (tokens[i].Token.Sentence != tokens[i - 2].Token.Sentence) continue;
            trigrams++;
            if (fragmentOf[i] < 0 || fragmentOf[i - 2] != fragmentOf[i]) novelTrigrams++;
        }

        double minCoverage = 1, sumCoverage = 0, maxNovelty = 0, fusedSentences = 0;
        int namePairs = 0, unsupportedPairs = 0, negations = 0, antonyms = 0;
        int nearPairs = 0, scattered = 0, entityPairs = 0, scatteredEntity = 0;
        double maxScattered = 0;
        int phrases = 0, unsupportedPhrases = 0, clashing = 0;
        foreach (var sentence in alignment.Sentences)
        {
            var (best, coverage) = alignment.BestSentence(sentence);
            minCoverage = Math.Min(minCoverage, coverage);
            var sentenceContent = sentence.Where(t => t.IsContent).ToList();
            if (sentenceContent.Count > 0) maxNovelty = Math.Max(maxNovelty, (double)sentenceContent.Count(t => t.IsNovel) / sentenceContent.Count);
            int sentenceId = sentence[0].Token.Sentence;
            // Long copied pieces taken from several article sentences: the summary joins what the article kept apart.
            if (fragmentsBySentence[sentenceId].Where(f => f.Length >= 3).Select(f => f.ArticleSentence).Distinct().Count() > 1) fusedSentences++;
            sumCoverage += coverage;
            var (pairs, unsupported) = NamePairs(sentence, alignment.Article);
            namePairs += pairs; unsupportedPairs += unsupported;
            var near = NearbyWordPairs.Count(sentence, alignment.Article);
            nearPairs += near.Pairs; scattered += near.Unsupported; entityPairs += near.EntityPairs; scatteredEntity += near.UnsupportedEntity;
            if (near.Pairs > 0) maxScattered = Math.Max(maxScattered, (double)near.Unsupported / near.Pairs);
            var phraseCounts = NounPhraseSupport.Count(sentence, alignment.Article, lexicon);
            phrases += phraseCounts.Phrases; unsupportedPhrases += phraseCounts.Unsupported; clashing += phraseCounts.Clashing;
            if (best < 0 || coverage < 0.5) continue;
            var evidence = alignment.Article.SentenceWords[best];
            bool summaryNegated = sentence.Any(t => Checks.Negation.Cues.Contains(t.Token.Folded));
            // A negation the article sentence lacks turns its statement round; the reverse is mostly paraphrase.
            if (summaryNegated && !Checks.Negation.InSentence(alignment.Article, best)) negations++;
            if (lexicon is not null)
                antonyms += sentence.Count(t => t.IsContent && !evidence.Contains(t.Token.Folded)
                    && lexicon.AntonymsOf(t.Token.Folded).Any(a => evidence.Contains(a)));
        }
        int checkedFindings = findings.Count;
        double unsupportedFindings = checkedFindings == 0 ? 0 : (double)findings.Count(f => f.Status == FindingStatus.Unsupported) / checkedFindings;
        return new ConsistencyFeatures(
        [
            novelContent, Math.Log(1 + novelNames), novelNumbers, bigrams == 0 ? 0 : (double)novelBigrams / bigrams,
            copied, Math.Log(1 + density), minCoverage, sumCoverage / Math.Max(1, alignment.Sentences.Count),
            namePairs == 0 ? 0 : (double)unsupportedPairs / namePairs, negations, antonyms,
            unsupportedFindings, findings.Count(f => f.Status == FindingStatus.Contradicted),
            trigrams == 0 ? 0 : (double)novelTrigrams / trigrams, maxNovelty, fusedSentences / Math.Max(1, alignment.Sentences.Count),
            nearPairs == 0 ? 0 : (double)scattered / nearPairs, entityPairs == 0 ? 0 : (double)scatteredEntity / entityPairs, maxScattered,
            content.Count == 0 ? 1 : (double)unexplained / content.Count, Math.Log(1 + WholeNovelNames(tokens)),
            match.MeanWord, match.WeakestSentence, match.PoorWord,
            phrases == 0 ? 0 : (double)unsupportedPhrases / phrases, Math.Log(1 + unsupportedPhrases), clashing,
            Math.Log(1 + NovelQualifiers.Count(tokens, alignment.Article, lexicon)),
            match.MeanContentWord, match.WorstContentWord, match.UnmatchedContentShare,
        ]);
    }

    /// <summary>
    /// Runs of adjacent name words (one run = one name) none of whose words the article has: "Marc Warren" in a
    /// story that never names him, where "Eddie Howe" for the article's "Howe" is only a fuller form.
    /// </summary>
    private static int WholeNovelNames(IReadOnlyList<AlignedToken> tokens)
    {
        static bool IsNameWord(AlignedToken t) => t.IsName && !t.IsNumber;
        int runs = 0;
        for (int i = 0; i < tokens.Count;)
        {
            if (!IsNameWord(tokens[i])) { i++; continue; }
            int sentence = tokens[i].Token.Sentence;
            bool known = false;
            for (; i < tokens.Count && IsNameWord(tokens[i]) && tokens[i].Token.Sentence == sentence; i++) known |= !tokens[i].IsNovel;
            if (!known) runs++;
        }
        return runs;
    }

    /// <summary>
    /// Names of one summary sentence that the article has, grouped into runs (one run = one name), paired up; a pair
    /// is supported when the article names both within one sentence of each other.
    /// </summary>
    private static (int Pairs, int Unsupported) NamePairs(List<AlignedToken> sentence, ArticleIndex article)
    {
        var names = new List<HashSet<int>>();
        HashSet<int>? current = null;
        foreach (var t in sentence)
        {
            if (!t.IsName || t.IsNovel || t.IsNumber) { current = null; continue; }
            if (current is null) names.Add(current = []);
            foreach (int p in article.Positions(t.Token.Folded)) current.Add(article.Tokens[p].Sentence);
        }
        int pairs = 0, unsupported = 0;
        for (int a = 0; a < names.Count; a++)
            for (int b = a + 1; b < names.Count; b++)
            {
                if (names[a].SetEquals(names[b])) continue;
                pairs++;
                if (!names[a].Any(s => names[b].Contains(s) || names[b].Contains(s - 1) || names[b].Contains(s + 1))) unsupported++;
            }
        return (pairs, unsupported);
    }
}
