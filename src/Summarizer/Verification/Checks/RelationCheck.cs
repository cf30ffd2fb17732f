using Summarizer.Summaries;
using Summarizer.Verification.Alignment;

namespace Summarizer.Verification.Checks;

/// <summary>
/// Who did what to whom: in a summary sentence "A &lt;word&gt; B" with two names around a content word (a verb, most
/// often), an article sentence holding all three in the order "B &lt;word&gt; A" swaps the roles ("Chelsea beat Arsenal"
/// for "Arsenal beat Chelsea"): Contradicted, with that sentence as evidence. A passive summary ("… by B") is
/// left alone, since it reverses the order on purpose, and so are three words with a clause break between them
/// ("After his Paris win, Djokovic is No 1"), and a verb whose sides may trade places ("met", "faced"). An article
/// sentence whose verb has the other voice than the summary's ("Locke will be confirmed as Kilmarnock's manager" for
/// "Kilmarnock will confirm Locke") is no evidence either way.
/// </summary>
internal static class RelationCheck
{
    // Verbs whose two sides can trade places without changing the fact: "Sunak met Biden" is "Biden met Sunak".
    private static readonly HashSet<string> Symmetric = new(StringComparer.Ordinal)
    {
        "met", "meet", "meets", "meeting", "married", "marry", "marries", "faced", "face", "faces", "facing", "played",
        "play", "plays", "drew", "draw", "draws", "clashed", "clash", "merged", "merge", "tied", "talked", "spoke",
        "partnered", "shook", "drawn", "versus", "vs",
    };

    public static IEnumerable<Finding> Check(string text, SummaryAlignment alignment)
    {
        var article = alignment.Article;
        foreach (var sentence in alignment.Sentences)
        {
            if (alignment.IsCopied(sentence)) continue;
            if (sentence.Any(t => t.Token.Folded == "by")) continue;
            for (int a = 0; a < sentence.Count; a++)
            {
                if (!IsAlignedName(sentence[a])) continue;
                int v = a + 1;
                while (v < sentence.Count && (IsAlignedName(sentence[v]) || !sentence[v].IsContent)) v++;
                if (v >= sentence.Count - 1 || sentence[v].IsNovel || sentence[v].IsName || Symmetric.Contains(sentence[v].Token.Folded)) continue;
                int b = v + 1;
                while (b < sentence.Count && !sentence[b].IsContent) b++;
                if (b >= sentence.Count || !IsAlignedName(sentence[b]) || sentence[b].Token.Folded == sentence[a].Token.Folded) continue;
                // A clause break between them ("After his Paris win, Djokovic …") joins no subject to an object.
                if (ClauseBreak.Between(text, sentence[a].Token, sentence[v].Token) || ClauseBreak.Between(text, sentence[v].Token, sentence[b].Token)) continue;
                bool passive = PassiveVoice.At(i => i >= 0 && i < sentence.Count ? sentence[i].Token.Folded : null, v);
                if (Swapped(article, sentence[a].Token.Folded, sentence[v].Token.Folded, sentence[b].Token.Folded, passive) is not { } id) continue;
                var evidence = article.Article.Sentences[id];
                string claim = text[sentence[0].Token.Start..sentence[^1].Token.End];
                yield return new Finding("relation", claim, FindingStatus.Contradicted, evidence.Text, evidence.Start, evidence.Length,
                    $"the article has {sentence[b].Token.Folded} before '{sentence[v].Token.Folded}' and {sentence[a].Token.Folded} after it");
                break;
            }
        }
    }

    private static bool IsAlignedName(AlignedToken t) => t.IsName && !t.IsNovel && !t.IsNumber;

    /// <summary>
    /// The id of an article sentence with "b … word … a" and no "a … word … b", or null; only article sentences whose
    /// verb has the summary's voice (<paramref name="passive"/>) count.
    /// </summary>
    private static int? Swapped(ArticleIndex article, string a, string word, string b, bool passive)
    {
        int? swapped = null;
        foreach (int w in article.Positions(word))
        {
            int s = article.Tokens[w].Sentence;
            if (PassiveVoice.At(i => i >= 0 && i < article.Tokens.Count && article.Tokens[i].Sentence == s ? article.Tokens[i].Folded : null, w) != passive) continue;
            bool before(string name) => article.Positions(name).Any(p => p < w && article.Tokens[p].Sentence == s);
            bool after(string name) => article.Positions(name).Any(p => p > w && article.Tokens[p].Sentence == s);
            if (before(a) && after(b)) return null;
            if (before(b) && after(a) && !PassiveAround(article, w)) swapped ??= s;
        }
        return swapped;
    }

    private static bool PassiveAround(ArticleIndex article, int w) =>
        Enumerable.Range(w + 1, 2).Any(i => i < article.Tokens.Count && article.Tokens[i].Folded == "by");
}
