using Summarizer.Facts.Lexicons;
using Summarizer.Verification.Lexicon;

namespace Summarizer.Verification.Alignment;

/// <summary>
/// Aligns every word of a summary to its article: content words by form or stem, numbers by value (with their scale
/// word), names by the article's own capitalisation. Also finds the copied fragments (the longest runs of summary
/// words that occur in that order in the article) and, for each summary sentence, the article sentence that covers
/// most of its content words.
/// </summary>
internal sealed class SummaryAlignment
{
    public SummaryAlignment(string summary, ArticleIndex article, WordNetLexicon? lexicon)
    {
        Article = article;
        var tokens = WordTokenizer.Tokenize(summary);
        var aligned = new List<AlignedToken>(tokens.Count);
        bool cased = tokens.Any(t => t.Capitalised && !t.SentenceInitial);
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            string? next = i + 1 < tokens.Count ? tokens[i + 1].Folded : null;
            if (t.IsNumber)
            {
                double? value = NumberValue.Of(t.Folded, next);
                bool found = article.Contains(t.Folded, orStem: false) || value is { } v && (article.Numbers.Contains(ArticleIndex.Round(v))
                    || article.Numbers.Contains(ArticleIndex.Round(v / NumberValue.Scale(next))));
                aligned.Add(new AlignedToken(t, found ? TokenSupport.Exact : TokenSupport.Novel, false, true, Evidence(article, t.Folded)));
                continue;
            }
            // "at 3 pm": a time of day, not a name.
            if (!Words.CarriesContent(t.Folded) || t.Folded == "pm" && i > 0 && tokens[i - 1].IsNumber)
            {
                aligned.Add(new AlignedToken(t, TokenSupport.Function, false, false, -1));
                continue;
            }
            var support = article.Contains(t.Folded, orStem: false) ? TokenSupport.Exact : article.Contains(t.Folded) ? TokenSupport.Stem : TokenSupport.Novel;
            bool isName = article.IsCapitalised(t.Folded) ?? (cased
                ? t.Capitalised && !t.SentenceInitial
                : lexicon is not null && t.Folded.All(char.IsLetter) && !lexicon.IsCommonWord(t.Folded));
            if (cased && support != TokenSupport.Novel) isName |= t.Capitalised && !t.SentenceInitial;
            aligned.Add(new AlignedToken(t, support, isName, NumberValue.IsNumeric(t.Folded), support == TokenSupport.Novel ? -1 : Evidence(article, t.Folded)));
        }
        Tokens = aligned;
        Sentences = aligned.GroupBy(a => a.Token.Sentence).Select(g => g.ToList()).ToList();
        Fragments = CopiedFragments(aligned, article);
    }

    private (int Sentence, double Coverage)?[]? _bestSentences;

    public ArticleIndex Article { get; }

    public IReadOnlyList<AlignedToken> Tokens { get; }

    /// <summary>The summary's tokens, one list per sentence.</summary>
    public IReadOnlyList<List<AlignedToken>> Sentences { get; }

    /// <summary>The copied fragments, greedy longest-first from left to right, each nearest to where the previous one ended.</summary>
    public IReadOnlyList<CopiedFragment> Fragments { get; }

    /// <summary>True when one copied fragment covers the whole sentence: the article says it word for word.</summary>
    public bool IsCopied(IReadOnlyList<AlignedToken> sentence) =>
        sentence.Count > 0 && Fragments.Any(f => f.SummarySentence == sentence[0].Token.Sentence && f.Length == sentence.Count);

    /// <summary>
    /// The article sentence covering most content words of <paramref name="sentence"/>, and the share covered; worked
    /// out once per sentence of <see cref="Sentences"/> (the checks and the score features all ask for it).
    /// </summary>
    public (int Sentence, double Coverage) BestSentence(IReadOnlyList<AlignedToken> sentence)
    {
        int index = -1;
        for (int i = 0; i < Sentences.Count && index < 0; i++) if (ReferenceEquals(Sentences[i], sentence)) index = i;
        if (index < 0) return FindBestSentence(sentence);
        _bestSentences ??= new (int, double)?[Sentences.Count];
        return _bestSentences[index] ??= FindBestSentence(sentence);
    }

    /// <summary>
    /// Every article sentence covering at least <paramref name="minCoverage"/> of the content words of
    /// <paramref name="sentence"/>, most covering first (ties in article order, so the first is <see cref="BestSentence"/>'s
    /// when it qualifies): the sentences a rewritten summary sentence may follow, where the article tells its story twice.
    /// </summary>
    public IReadOnlyList<(int Sentence, double Coverage)> CloseSentences(IReadOnlyList<AlignedToken> sentence, double minCoverage)
    {
        var (hits, content) = SentenceHits(sentence);
        var close = new List<(int Sentence, double Coverage)>();
        for (int s = 0; s < hits.Length; s++)
        {
            double coverage = (double)hits[s] / content;
            if (hits[s] > 0 && coverage >= minCoverage) close.Add((s, coverage));
        }
        return [.. close.OrderByDescending(c => c.Coverage).ThenBy(c => c.Sentence)];
    }

    private (int Sentence, double Coverage) FindBestSentence(IReadOnlyList<AlignedToken> sentence)
    {
        var (hits, content) = SentenceHits(sentence);
        if (content == 0) return (-1, 1);
        int best = -1, bestHits = 0;
        for (int s = 0; s < hits.Length; s++)
            if (hits[s] > bestHits) { bestHits = hits[s]; best = s; }
        return (best, (double)bestHits / content);
    }

    /// <summary>
    /// How many of the distinct content words of <paramref name="sentence"/> each article sentence has (the word or its
    /// stem), and how many such words there are; no sentence's hits when there are none.
    /// </summary>
    private (int[] Hits, int Content) SentenceHits(IReadOnlyList<AlignedToken> sentence)
    {
        var content = sentence.Where(a => a.IsContent).Select(a => a.Token.Folded).Distinct().ToList();
        if (content.Count == 0) return ([], 0);
        // Stemmed once, not once per article sentence.
        var stems = content.Select(ArticleIndex.Stem).ToArray();
        var hits = new int[Article.SentenceWords.Count];
        for (int s = 0; s < hits.Length; s++)
        {
            var words = Article.SentenceWords[s];
            for (int w = 0; w < content.Count; w++)
                if (words.Contains(content[w]) || words.Contains(stems[w])) hits[s]++;
        }
        return (hits, content.Count);
    }

    private static int Evidence(ArticleIndex article, string folded) => article.Positions(folded) is { Count: > 0 } p ? p[0] : -1;

    private static List<CopiedFragment> CopiedFragments(IReadOnlyList<AlignedToken> summary, ArticleIndex article)
    {
        var fragments = new List<CopiedFragment>();
        int i = 0, previousEnd = 0;
        while (i < summary.Count)
        {
            int best = 0, bestStart = -1;
            if (article.Contains(summary[i].Token.Folded, orStem: false))
                foreach (int start in article.Positions(summary[i].Token.Folded))
                {
                    int k = 0;
                    while (i + k < summary.Count && start + k < article.Tokens.Count && article.Tokens[start + k].Folded == summary[i + k].Token.Folded
                        && summary[i + k].Token.Sentence == summary[i].Token.Sentence) k++;
                    // Equal lengths: the occurrence closest to where the last fragment ended (a copy continues there).
                    if (k > best || (k == best && Math.Abs(start - previousEnd) < Math.Abs(bestStart - previousEnd))) { best = k; bestStart = start; }
                }
            if (best > 0)
            {
                fragments.Add(new CopiedFragment(i, best, bestStart, summary[i].Token.Sentence, article.Tokens[bestStart].Sentence));
                previousEnd = bestStart + best;
                i += best;
            }
            else i++;
        }
        return fragments;
    }
}
