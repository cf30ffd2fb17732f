using Summarizer.Articles;
using Summarizer.Text;
using Summarizer.Text.Embeddings;

namespace Summarizer.Summaries.Extractive;

/// <summary>
/// Unsupervised sentence selection for news. Each sentence is scored by a lead-position prior (news puts the most
/// important facts first) combined with PacSum's position-aware directed centrality over TF-IDF cosine similarity
/// (<see cref="DirectedCentrality"/>). Sentences are then taken greedily by maximal marginal relevance (Carbonell and
/// Goldstein, 1998), so the chosen ones do not repeat each other, until the summary reaches the length the article
/// calls for (<see cref="SummaryLength"/>). A sentence that opens with a connective pointing back is taken only after
/// the sentence it leans on. With an <paramref name="embedder"/> and <see cref="ExtractiveOptions.EmbeddingWeight"/> above
/// zero, the centrality also reads sentence-embedding similarity (<see cref="CentralitySimilarity"/>).
/// </summary>
public sealed class SentenceRanker(ExtractiveOptions options, ISentenceEmbedder? embedder = null)
{
    /// <summary>Ids of the chosen sentences, in document order, as many as the article's length calls for.</summary>
    public IReadOnlyList<int> Select(IReadOnlyList<Sentence> sentences) => Select(sentences, null);

    /// <summary>
    /// Ids of the chosen sentences, in document order: exactly <paramref name="count"/> when given (fewer only when the
    /// article has fewer fit sentences), else as many as the length rule calls for, at most <see cref="ExtractiveOptions.Sentences"/>.
    /// Sentences in <paramref name="excluded"/> are never chosen. Only the first <see cref="ExtractiveOptions.MaxRankedSentences"/>
    /// are ranked: news puts what matters first, and centrality over all pairs would grow with the square of a very long text.
    /// </summary>
    public IReadOnlyList<int> Select(IReadOnlyList<Sentence> all, int? count, IReadOnlySet<int>? excluded = null)
    {
        if (all.Count == 0 || count <= 0) return [];
        var sentences = all.Count > options.MaxRankedSentences ? all.Take(options.MaxRankedSentences).ToList() : all;
        int n = sentences.Count;
        var similarity = TfIdf.Build(sentences.Select(s => (IReadOnlyList<string>)ContentWords.Of(s.Text)).ToList()).SimilarityMatrix();
        var centralitySimilarity = CentralitySimilarity.Mix(similarity, sentences, n, embedder, options.EmbeddingWeight);
        var centrality = DirectedCentrality.Compute(centralitySimilarity, n, options.ForwardWeight, options.BackwardWeight, options.EdgeThreshold);
        var scores = new double[n];
        var words = new int[n];
        var candidate = new bool[n];
        var leansBack = new bool[n];
        int articleWords = 0, position = 0;
        for (int i = 0; i < n; i++)
        {
            string text = sentences[i].Text;
            bool isExcluded = excluded?.Contains(sentences[i].Id) == true;
            words[i] = SummaryLength.CountWords(text);
            articleWords += words[i];
            // The lead prior counts the story's own sentences: a caption above the first paragraph does not push it down.
            double prior = 1.0 / Math.Pow(1 + position, options.PositionDecay);
            if (!isExcluded) position++;
            scores[i] = options.PositionWeight * prior + (1 - options.PositionWeight) * centrality[i];
            candidate[i] = !isExcluded && SentenceShape.IsCandidate(text, words[i], options);
            leansBack[i] = SentenceShape.LeansOnPrevious(text);
        }
        // The length rule reads the whole article, ranked part or not.
        for (int i = n; i < all.Count; i++) articleWords += SummaryLength.CountWords(all[i].Text);
        MarkOffTopic(similarity, n, candidate);
        if (!candidate.Contains(true))
            for (int i = 0; i < n; i++) candidate[i] = excluded?.Contains(sentences[i].Id) != true;
        int target = SummaryLength.TargetWords(articleWords, options);
        int limit = Math.Min(n, count ?? Math.Max(1, options.Sentences));
        var chosen = Choose(scores, similarity, candidate, leansBack, words, limit, count is null ? target : null);
        // Every fit sentence leans on one before it (a one-sentence "However, …"): the best of them still beats nothing.
        if (chosen.Count == 0 && candidate.Contains(true)) chosen.Add(Enumerable.Range(0, n).Where(i => candidate[i]).MaxBy(i => scores[i]));
        return chosen;
    }

    /// <summary>Takes out sentences that share (almost) nothing with the rest of the article.</summary>
    private void MarkOffTopic(double[,] similarity, int n, bool[] candidate)
    {
        if (n < 3 || options.MinRelevance <= 0) return;
        var degree = new double[n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (i != j) degree[i] += similarity[i, j];
        var sorted = (double[])degree.Clone();
        Array.Sort(sorted);
        double floor = options.MinRelevance * sorted[n / 2];
        for (int i = 0; i < n; i++)
            if (degree[i] < floor) candidate[i] = false;
    }

    private List<int> Choose(double[] scores, double[,] similarity, bool[] candidate, bool[] leansBack, int[] words, int limit, int? targetWords)
    {
        var chosen = new List<int>(limit);
        var taken = new bool[scores.Length];
        int summaryWords = 0;
        while (chosen.Count < limit)
        {
            int best = -1;
            double bestValue = double.NegativeInfinity;
            for (int i = 0; i < scores.Length; i++)
            {
                // An opening connective with no sentence before it (a text cut from a longer one) leans on nothing there is.
                if (!candidate[i] || taken[i] || (leansBack[i] && (i == 0 || !taken[i - 1]))) continue;
                double redundancy = 0;
                foreach (int c in chosen) redundancy = Math.Max(redundancy, similarity[i, c]);
                double value = options.RedundancyLambda * scores[i] - (1 - options.RedundancyLambda) * redundancy;
                if (value > bestValue) { bestValue = value; best = i; }
            }
            if (best < 0) break;
            if (targetWords is { } target && chosen.Count > 0 && !SummaryLength.Improves(summaryWords, words[best], target, options.LengthRule)) break;
            chosen.Add(best);
            taken[best] = true;
            summaryWords += words[best];
        }
        chosen.Sort();
        return chosen;
    }
}
