using Microsoft.Extensions.Options;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Clustering;
using Summarizer.Tests.Caching;
using Summarizer.Text.Embeddings;

namespace Summarizer.Tests.Comparisons.Clustering;

/// <summary>Embeddings are computed once per title and lead, then read back from the stage cache.</summary>
public sealed class StoryEmbeddingsTests : IDisposable
{
    private readonly TempStageCache _temp = new();

    public void Dispose() => _temp.Dispose();

    private StoryEmbeddings Embeddings(ISentenceEmbedder embedder, bool on = true) =>
        new(embedder, _temp.Cache, Options.Create(new ComparisonOptions { UseSentenceEmbeddings = on }));

    [Fact]
    public async Task A_second_run_embeds_nothing_and_gets_the_same_vectors()
    {
        var embedder = new CountingEmbedder();
        var inputs = SeedInputs.All();

        var first = await Embeddings(embedder).AttachAsync(inputs, default);
        var second = await Embeddings(embedder).AttachAsync(inputs, default);

        Assert.Equal(inputs.Count, embedder.Texts);
        Assert.All(second, i => Assert.NotNull(i.Meaning));
        Assert.Equal(first.Select(i => i.Meaning!.Sum()), second.Select(i => i.Meaning!.Sum()));
    }

    [Fact]
    public async Task Switched_off_or_alone_an_article_is_not_embedded()
    {
        var embedder = new CountingEmbedder();

        var off = await Embeddings(embedder, on: false).AttachAsync(SeedInputs.All(), default);
        var alone = await Embeddings(embedder).AttachAsync(SeedInputs.All().Take(1).ToList(), default);

        Assert.Equal(0, embedder.Texts);
        Assert.All(off.Concat(alone), i => Assert.Null(i.Meaning));
    }

    /// <summary>A stand-in embedder: each text's vector is its length and word count, normalised; counts what it embeds.</summary>
    private sealed class CountingEmbedder : ISentenceEmbedder
    {
        public int Texts;

        public string ModelId => "counting";

        public float[][] Embed(IReadOnlyList<string> texts)
        {
            Interlocked.Add(ref Texts, texts.Count);
            return texts.Select(t =>
            {
                float a = t.Length, b = t.Split(' ').Length;
                float norm = MathF.Sqrt(a * a + b * b);
                return new[] { a / norm, b / norm };
            }).ToArray();
        }
    }
}
