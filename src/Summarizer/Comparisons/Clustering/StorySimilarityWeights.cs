namespace Summarizer.Comparisons.Clustering;

/// <summary>
/// The settings of <see cref="StorySimilarity"/>. The defaults were chosen on the tuning half of NeuS AllSides dev
/// (even-numbered events, with FRANK's dev articles as distractors) and checked on the held-out half; see the README
/// (<c>eval stories</c>) for the protocol and figures.
/// </summary>
/// <param name="LeadShare">Share of the title-and-lead similarity in the raw similarity; the rest is the whole text's TF-IDF cosine.</param>
/// <param name="LeadSentences">Opening sentences that make the lead.</param>
/// <param name="BackgroundFrom">The first rank (0-based) of an article's neighbours that counts as its background.</param>
/// <param name="BackgroundTo">The rank after the last one that counts as its background.</param>
/// <param name="PriorBackground">The background assumed for missing ranks with sentence embeddings (the median background on the benchmark).</param>
/// <param name="LexicalPriorBackground">The same without sentence embeddings.</param>
public sealed record StorySimilarityWeights(
    double LeadShare = 0.5,
    int LeadSentences = 2,
    int BackgroundFrom = 5,
    int BackgroundTo = 20,
    double PriorBackground = 0.23,
    double LexicalPriorBackground = 0.08);
