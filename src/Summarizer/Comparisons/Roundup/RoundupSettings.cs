namespace Summarizer.Comparisons.Roundup;

/// <summary>
/// The settings of <see cref="RoundupBuilder"/>; the defaults were chosen by ROUGE against the editors' roundups on
/// the tuning half of NeuS AllSides dev (README, <c>eval stories</c>).
/// </summary>
/// <param name="MaxSentences">The most sentences a roundup has.</param>
/// <param name="EchoSimilarity">Two sentences of different outlets state the same thing at or above this TF-IDF cosine.</param>
/// <param name="DuplicateSimilarity">Above this cosine, a candidate repeats a sentence already in the roundup.</param>
/// <param name="PositionDecay">A sentence's echo score is divided by 1 + this × its index in its article.</param>
/// <param name="MaxConflicts">The most conflicts stated among the differences.</param>
/// <param name="MinSharedWords">Two sentences echo each other only when they share this many content words beyond names (words in lower case).</param>
/// <param name="MaxWords">No sentence is added once the roundup has this many words: a roundup is read at a glance.</param>
public sealed record RoundupSettings(
    int MaxSentences = 4,
    double EchoSimilarity = 0.15,
    double DuplicateSimilarity = 0.3,
    double PositionDecay = 1.0,
    int MaxConflicts = 2,
    int MaxWords = 60,
    int MinSharedWords = 2);
