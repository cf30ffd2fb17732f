namespace Summarizer.Summaries.Extractive;

/// <summary>
/// Settings of the offline extractive engine, bound from <c>Summarizer:Extractive</c>. The defaults were tuned on
/// the dev rows of the FRANK CNN/DM and XSum references only (<c>summarizer eval rouge --tune</c>; README).
/// </summary>
public sealed class ExtractiveOptions
{
    public const string Section = "Summarizer:Extractive";

    /// <summary>
    /// Most sentences chosen per summary (the lede plus the key points); the length rule often stops earlier. Three, as
    /// many as LEAD-3 takes: a fourth short sentence that still fitted the word budget cost ROUGE on held-out dev rows.
    /// </summary>
    public int Sentences { get; set; } = 3;

    /// <summary>Weight of the position prior against directed centrality (0 = centrality only, 1 = lead only).</summary>
    public double PositionWeight { get; set; } = 0.5;

    /// <summary>How fast the position prior decays with the sentence index (prior = 1 / (1 + index)^decay).</summary>
    public double PositionDecay { get; set; } = 0.5;

    /// <summary>PacSum's weight of a sentence's similarity to the sentences after it (λ2 in Zheng and Lapata, 2019).</summary>
    public double ForwardWeight { get; set; } = 1;

    /// <summary>PacSum's weight of a sentence's similarity to the sentences before it (λ1; negative penalises repeating earlier text).</summary>
    public double BackwardWeight { get; set; }

    /// <summary>
    /// Share of MiniLM sentence-embedding cosine in the similarity the directed centrality reads (PacSum's BERT variant),
    /// the rest TF-IDF cosine; 0 (the default) runs no model. Embedding every sentence costs far more than the rest of
    /// the pipeline, so it is off unless the tuning shows it earns its cost.
    /// </summary>
    public double EmbeddingWeight { get; set; }

    /// <summary>PacSum's edge threshold β: similarities below min + β·(max − min) of the article's edges count as none.</summary>
    public double EdgeThreshold { get; set; }

    /// <summary>Maximal-marginal-relevance trade-off: 1 ignores redundancy, lower values avoid repeating a chosen sentence.</summary>
    public double RedundancyLambda { get; set; } = 0.6;

    /// <summary>
    /// A sentence whose summed similarity to the rest of the article is below this share of the median sentence's is
    /// off-topic (a promotion, an aside) and not chosen.
    /// </summary>
    public double MinRelevance { get; set; } = 0.2;

    /// <summary>Sentences shorter than this many words are not chosen (fragments, bylines, labels).</summary>
    public int MinWords { get; set; } = 6;

    /// <summary>Sentences longer than this many words are not chosen (run-ons, lists).</summary>
    public int MaxWords { get; set; } = 80;

    /// <summary>The summary's target length as a share of the article's words (a short piece gets a one-line summary, a long one several).</summary>
    public double LengthRatio { get; set; } = 0.14;

    /// <summary>Whether the last sentence may overshoot the word target (<see cref="Extractive.LengthRule"/>).</summary>
    public LengthRule LengthRule { get; set; } = LengthRule.Nearest;

    /// <summary>Fewest words the length rule aims at, however short the article.</summary>
    public int MinSummaryWords { get; set; } = 35;

    /// <summary>Most words the length rule aims at, however long the article.</summary>
    public int MaxSummaryWords { get; set; } = 80;

    /// <summary>
    /// Sentences ranked at most, from the start: a longer text (a transcript, a live blog) is summarised from its opening
    /// ones, so ranking stays linear in the length of the text rather than quadratic.
    /// </summary>
    public int MaxRankedSentences { get; set; } = 250;

    /// <summary>Largest number of people, places and organisations listed in a summary.</summary>
    public int MaxEntities { get; set; } = 8;
}
