namespace Summarizer.Summaries.Extractive;

/// <summary>
/// How long a summary should be, from the article alone: a fixed share of its words, within a floor and a ceiling.
/// A short piece (a one-point news brief) gets a one- or two-sentence summary, a long wire story three or four.
/// </summary>
internal static class SummaryLength
{
    /// <summary>The number of words the summary aims at for an article of <paramref name="articleWords"/> words.</summary>
    public static int TargetWords(int articleWords, ExtractiveOptions options) =>
        Math.Clamp((int)(options.LengthRatio * articleWords), options.MinSummaryWords, Math.Max(options.MinSummaryWords, options.MaxSummaryWords));

    /// <summary>
    /// True when a sentence of <paramref name="sentenceWords"/> words should be added to a summary of
    /// <paramref name="summaryWords"/>: by <see cref="LengthRule.Nearest"/>, when it takes the summary closer to
    /// <paramref name="target"/> than stopping would; by <see cref="LengthRule.Reach"/>, while the summary is short of it.
    /// </summary>
    public static bool Improves(int summaryWords, int sentenceWords, int target, LengthRule rule = LengthRule.Nearest) => rule switch
    {
        LengthRule.Reach => summaryWords < target,
        _ => Math.Abs(summaryWords + sentenceWords - target) <= Math.Abs(summaryWords - target),
    };

    /// <summary>Words separated by white space.</summary>
    public static int CountWords(string text)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord) count++;
            inWord = !space;
        }
        return count;
    }
}
