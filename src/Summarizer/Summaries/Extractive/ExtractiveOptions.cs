namespace Summarizer.Summaries.Extractive;

/// <summary>Settings of the offline extractive engine, bound from <c>Summarizer:Extractive</c>.</summary>
public sealed class ExtractiveOptions
{
    public const string Section = "Summarizer:Extractive";

    /// <summary>Sentences chosen per summary: the lede plus the key points.</summary>
    public int Sentences { get; set; } = 4;

    /// <summary>Weight of the position prior against centrality (0 = centrality only, 1 = lead only).</summary>
    public double PositionWeight { get; set; } = 0.55;

    /// <summary>How fast the position prior decays with the sentence index (prior = 1 / (1 + index)^decay).</summary>
    public double PositionDecay { get; set; } = 0.9;

    /// <summary>Maximal-marginal-relevance trade-off: 1 ignores redundancy, lower values avoid repeating a chosen sentence.</summary>
    public double RedundancyLambda { get; set; } = 0.7;

    /// <summary>Sentences shorter than this many words are not chosen (fragments, bylines, labels).</summary>
    public int MinWords { get; set; } = 6;

    /// <summary>Sentences longer than this many words are not chosen (run-ons, lists).</summary>
    public int MaxWords { get; set; } = 80;

    /// <summary>Largest number of people, places and organisations listed in a summary.</summary>
    public int MaxEntities { get; set; } = 8;
}
