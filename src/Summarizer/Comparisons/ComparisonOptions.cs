using Summarizer.Comparisons.Quantities;
namespace Summarizer.Comparisons;

/// <summary>Settings of cross-source comparison, bound from <c>Summarizer:Comparison</c>.</summary>
public sealed class ComparisonOptions
{
    public const string Section = "Summarizer:Comparison";

    /// <summary>
    /// Two groups of articles are one story when, on average, their articles are this much more alike than each is to
    /// its topic (see <c>StorySimilarity</c>); tuned on NeuS AllSides dev (README, <c>eval stories</c>).
    /// </summary>
    public double ClusterThreshold { get; set; } = 0.18;

    /// <summary>Whether titles and leads are also compared by MiniLM sentence embeddings (offline, about 40 ms an article here).</summary>
    public bool UseSentenceEmbeddings { get; set; } = true;

    /// <summary>
    /// A word around a figure tells what the figure is about only if it is rare in the story: it may occur in at
    /// most this share of the story's sentences (and always in as many as there are articles).
    /// </summary>
    public double ContextWordMaxShare { get; set; } = 0.12;

    /// <summary>Content words on each side of a figure that describe what it counts and about whom.</summary>
    public int ContextWindow { get; set; } = 6;

    /// <summary>
    /// Whether counts of the same specific thing ("troops", "countries") that no shared context aligned are still
    /// compared across outlets; such conflicts are marked "aligned by unit only".
    /// </summary>
    public bool AlignByUnitAlone { get; set; } = true;

    /// <summary>Upper bound of single-source claims listed per story, so a long story stays readable.</summary>
    public int MaxSingleSource { get; set; } = 20;

    /// <summary>
    /// With a chat model configured (<c>Summarizer:Llm:Provider</c>), whether it is also asked to compare each story;
    /// its findings are added to the rules' findings only where the quoted sentence bears them out.
    /// </summary>
    public bool UseModel { get; set; } = true;

    /// <summary>Sentences of each article shown to the model (the first ones: news puts the facts first).</summary>
    public int MaxPromptSentences { get; set; } = 40;
}
