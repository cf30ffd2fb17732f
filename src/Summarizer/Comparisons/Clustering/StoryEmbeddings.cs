using System.Text.Json;
using Microsoft.Extensions.Options;
using Summarizer.Caching;
using Summarizer.Text.Embeddings;

namespace Summarizer.Comparisons.Clustering;

/// <summary>
/// The sentence embeddings clustering compares, computed ahead of it and kept in the stage cache (stage "embedding",
/// keyed by the embedded text and the model), so a second run over unchanged articles embeds nothing. Missing ones are
/// embedded in one batch, off the caller's thread.
/// </summary>
public sealed class StoryEmbeddings(ISentenceEmbedder embedder, StageCache cache, IOptions<ComparisonOptions> options)
{
    public const string Stage = "embedding";

    private static readonly StorySimilarityWeights Weights = new();

    /// <summary>The inputs, each with its <see cref="ComparisonInput.Meaning"/> when embeddings are on and there is anything to compare.</summary>
    public async Task<IReadOnlyList<ComparisonInput>> AttachAsync(IReadOnlyList<ComparisonInput> inputs, CancellationToken cancellationToken)
    {
        if (!options.Value.UseSentenceEmbeddings || inputs.Count < 2) return inputs;
        var leads = inputs.Select(i => StorySimilarity.LeadText(i, Weights)).ToList();
        var keys = leads.Select(KeyFor).ToList();
        var vectors = new float[inputs.Count][];
        var missing = new List<int>();
        for (int i = 0; i < inputs.Count; i++)
        {
            if (await cache.TryGetJsonAsync(keys[i], cancellationToken) is { } json && Read(json) is { } vector) vectors[i] = vector;
            else missing.Add(i);
        }
        if (missing.Count > 0)
        {
            var computed = await Task.Run(() => embedder.Embed(missing.Select(i => leads[i]).ToList()), cancellationToken);
            for (int k = 0; k < missing.Count; k++)
            {
                vectors[missing[k]] = computed[k];
                await cache.TrySetJsonAsync(keys[missing[k]], JsonSerializer.Serialize(computed[k]), cancellationToken);
            }
        }
        return inputs.Select((input, i) => input with { Meaning = vectors[i] }).ToList();
    }

    /// <summary>What an embedding depends on: the text embedded and the model that embedded it.</summary>
    public CacheKey KeyFor(string leadText) => CacheKey.Of(Stage, ("text", CacheKey.HashOf(leadText)), ("model", embedder.ModelId));

    private static float[]? Read(string json)
    {
        try { return JsonSerializer.Deserialize<float[]>(json); }
        catch (JsonException) { return null; }
    }
}
