namespace Summarizer.Verification.Model;

/// <summary>
/// The explainable measurements the verifier's score is computed from, one value per name in <see cref="Names"/>
/// (same order). Each says something a reader can check: how much of the summary the article does not contain,
/// which names and numbers are new, how much is copied, whether names the summary puts together are together in
/// the article, what the rule checks found, and how closely its words match the article's in context (NaN when no
/// embedding model was available: the model then counts the feature at its training mean).
/// </summary>
public sealed record ConsistencyFeatures(IReadOnlyList<double> Values)
{
    public static readonly IReadOnlyList<string> Names =
    [
        "novelContentShare",      // content words whose form and stem the article lacks, over content words
        "novelNames",             // log(1 + distinct names the article never mentions)
        "novelNumbers",           // distinct numbers whose value the article never states
        "novelBigramShare",       // adjacent word pairs the article never has, over all pairs
        "copiedCoverage",         // share of summary words inside fragments copied from the article
        "fragmentDensity",        // log(1 + mean squared copied-fragment length per word): long copies are safe
        "minSentenceCoverage",    // the weakest summary sentence: share of its content words in one article sentence
        "meanSentenceCoverage",   // the same, averaged over summary sentences
        "unsupportedNamePairs",   // share of name pairs in a summary sentence never within one sentence of each other in the article
        "negationMismatches",     // summary sentences whose negation differs from the article sentence they follow
        "antonyms",               // summary words whose antonym stands in the article sentence they follow
        "unsupportedFindings",    // share of the rule checks' findings that are unsupported
        "contradictedFindings",   // count of rule findings that are contradicted
        "novelTrigramShare",      // word triples not inside a copied fragment, over all triples
        "maxSentenceNovelty",     // the most novel summary sentence: share of its content words the article lacks
        "fusedSentenceShare",     // summary sentences joining copied pieces (3+ words) from more than one article sentence
        "scatteredPairShare",     // nearby summary word pairs the article never has within a clause of each other, over such pairs
        "scatteredEntityPairShare", // the same, for pairs holding a name or number
        "maxScatteredSentence",   // the summary sentence with the largest share of scattered pairs
        "unexplainedNovelShare",  // novel content words with no WordNet synonym in the article either, over content words
        "wholeNovelNames",        // log(1 + names none of whose words the article has): a new person or place, not a fuller form
        "meanWordMatch",          // mean over summary words of the best contextual-embedding cosine with an article word
        "weakestSentenceMatch",   // the summary sentence whose words match the article least, on average
        "poorWordMatch",          // the 10th-percentile word match: a few unmatched words (a new name, event) show here
        "unsupportedPhraseShare", // modifier + head pairs ("upper house") whose words the article never has together, over such pairs
        "unsupportedPhrases",     // log(1 + count of those pairs)
        "clashingModifiers",      // unsupported pairs whose head the article qualifies by an antonym, another number or name
        "novelQualifiers",        // log(1 + nationalities, titles, ordinals, superlatives, months the article never states)
        "contentWordMatch",       // meanWordMatch over content words only (function words match anywhere)
        "worstContentWordMatch",  // the content word matching the article least
        "unmatchedContentShare",  // content words whose best match is below 0.5: matching nothing in the article
    ];

    /// <summary>The noun-phrase and qualifier features (issue 12, fourth round), left out together to see what they add.</summary>
    public static readonly IReadOnlyList<string> PhraseNames = ["unsupportedPhraseShare", "unsupportedPhrases", "clashingModifiers", "novelQualifiers"];

    /// <summary>The features the embedding model measures (NaN without it).</summary>
    public static readonly IReadOnlyList<string> EmbeddingNames =
        ["meanWordMatch", "weakestSentenceMatch", "poorWordMatch", "contentWordMatch", "worstContentWordMatch", "unmatchedContentShare"];

    /// <summary>The content-word embedding features (issue 12, 2026-12-01), left out together to see what they add.</summary>
    public static readonly IReadOnlyList<string> ContentMatchNames = ["contentWordMatch", "worstContentWordMatch", "unmatchedContentShare"];

    /// <summary>What <see cref="Interactions"/> multiplies by: how much of the summary is long copied pieces.</summary>
    public const string CopyStyle = "fragmentDensity";

    /// <summary>
    /// Products of a feature with <see cref="CopyStyle"/>, named "feature*fragmentDensity": what a novel word or a
    /// weak match means depends on the summary's style: in a summary made of copied sentences any new word is
    /// suspect, in one that rewrites the article new words are the norm. A model may weigh these beside
    /// <see cref="Names"/>.
    /// </summary>
    public static readonly IReadOnlyList<string> Interactions =
    [
        .. new[]
        {
            "novelContentShare", "novelNames", "novelNumbers", "novelBigramShare", "minSentenceCoverage", "meanSentenceCoverage",
            "unsupportedNamePairs", "unsupportedFindings", "novelTrigramShare", "maxSentenceNovelty", "fusedSentenceShare",
            "scatteredPairShare", "unexplainedNovelShare", "meanWordMatch", "poorWordMatch",
            "unsupportedPhraseShare", "novelQualifiers",
        }.Select(name => name + "*" + CopyStyle),
    ];

    public double this[string name] => Values[IndexOf(name)];

    public static int IndexOf(string name)
    {
        for (int i = 0; i < Names.Count; i++) if (Names[i] == name) return i;
        throw new ArgumentException($"no feature named {name}", nameof(name));
    }
}
