using Summarizer.Summaries.Extractive;
using Summarizer.Testing;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Summaries.Extractive;

public class CentralitySimilarityTests
{
    // Sentences about the budget point one way, the bakery the opposite way.
    private static readonly ScriptedSentenceEmbedder Embedder = new(t => t.Contains("bakery") ? [-1f, 0f] : t.Contains("budget") ? [1f, 0f] : [0.6f, 0.8f]);

    private static readonly Summarizer.Articles.Article Article = Repo.FromText(string.Join("\n",
        "The council approved the school budget on Monday evening.",
        "A local bakery gave away free croissants to every customer.",
        "Parents welcomed the budget for the city's schools."));

    private static double[,] Lexical(int n)
    {
        var m = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (i != j) m[i, j] = 0.2;
        return m;
    }

    [Fact]
    public void Without_a_weight_or_an_embedder_the_lexical_similarity_is_used_and_no_model_runs()
    {
        var lexical = Lexical(3);
        var embedder = new ScriptedSentenceEmbedder(_ => [1f]);
        Assert.Same(lexical, CentralitySimilarity.Mix(lexical, Article.Sentences, 3, embedder, 0));
        Assert.Same(lexical, CentralitySimilarity.Mix(lexical, Article.Sentences, 3, null, 1));
        Assert.Equal(0, embedder.Texts);
    }

    [Fact]
    public void Mixes_embedding_cosine_by_its_weight_counting_opposite_meanings_as_unrelated()
    {
        var mixed = CentralitySimilarity.Mix(Lexical(3), Article.Sentences, 3, Embedder, 0.5);
        Assert.Equal(0.5 * 0.2 + 0.5 * 1.0, mixed[0, 2], 6); // both about the budget: cosine 1
        Assert.Equal(0.5 * 0.2, mixed[0, 1], 6);             // cosine −1 counts as 0
        Assert.Equal(mixed[2, 0], mixed[0, 2]);
        Assert.Equal(0, mixed[1, 1]);
    }

    [Fact]
    public void The_engine_runs_the_model_only_when_the_embedding_weight_is_set()
    {
        var counting = new ScriptedSentenceEmbedder(_ => [1f, 0f]);
        new ExtractiveSummaryEngine(new ExtractiveOptions(), counting).SelectSentences(Article);
        Assert.Equal(0, counting.Texts);
        new ExtractiveSummaryEngine(new ExtractiveOptions { EmbeddingWeight = 1 }, counting).SelectSentences(Article);
        Assert.Equal(Article.Sentences.Count, counting.Texts);
    }
}
