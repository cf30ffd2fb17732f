using Summarizer.Articles;
using Summarizer.Text;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Quantities;

namespace Summarizer.Comparisons.Roundup;

/// <summary>
/// A neutral multi-source summary of a story: first the sentences stating what most outlets agree on (most widely
/// shared first), then the sentences most supported by the other outlets' text, never the same thing twice.
/// Every sentence is an outlet's own, so nothing is stated that no outlet stated.
/// </summary>
public static class NeutralSummaryBuilder
{
    private const int MinWords = 5;
    private const double DuplicateSimilarity = 0.6;

    /// <summary>Up to <paramref name="maxSentences"/> sentences separated by '\n'; empty when there is nothing to say.</summary>
    public static string Build(StoryComparison comparison, IReadOnlyList<Article> articles, int maxSentences)
    {
        if (maxSentences <= 0) return "";
        var members = comparison.Articles.Select(a => articles.FirstOrDefault(x => x.Id == a.Id)).OfType<Article>().ToList();
        var sentences = members.SelectMany((a, i) => a.Sentences.Select(s => (Article: i, Sentence: s))).ToList();
        if (sentences.Count == 0) return "";
        var similarity = TfIdf.Build(sentences.Select(s => (IReadOnlyList<string>)ContentWords.Of(s.Sentence.Text)).ToList()).SimilarityMatrix();
        var index = sentences.Select((s, i) => (s, i)).ToDictionary(x => (members[x.s.Article].Id, x.s.Sentence.Id), x => x.i);

        // Support from other outlets: a sentence echoed across articles is what the story is about.
        var support = new double[sentences.Count];
        for (int i = 0; i < sentences.Count; i++)
            for (int j = 0; j < sentences.Count; j++)
                if (sentences[i].Article != sentences[j].Article) support[i] += similarity[i, j];

        var order = new List<int>();
        foreach (var agreement in comparison.Agreements.OrderByDescending(a => a.ArticleCount))
        {
            // Of the outlets' wordings of one agreed fact, the best supported one speaks for all.
            var best = agreement.Positions
                .Select(p => index.TryGetValue((p.ArticleId, p.SentenceId), out int at) ? at : -1)
                .Where(at => at >= 0).OrderByDescending(at => support[at]).ThenBy(at => at).FirstOrDefault(-1);
            if (best >= 0) order.Add(best);
        }
        order.AddRange(Enumerable.Range(0, sentences.Count).OrderByDescending(i => support[i]).ThenBy(i => i));

        var chosen = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (int i in order)
        {
            if (chosen.Count >= maxSentences) break;
            string text = sentences[i].Sentence.Text.Trim();
            if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinWords) continue;
            if (!seen.Add(TextKey.Words(text)) || chosen.Any(c => similarity[c, i] >= DuplicateSimilarity)) continue;
            chosen.Add(i);
        }
        return string.Join('\n', chosen.Select(i => sentences[i].Sentence.Text.Trim()));
    }
}
