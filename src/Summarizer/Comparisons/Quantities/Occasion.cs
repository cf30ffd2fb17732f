using System.Text.RegularExpressions;
using Summarizer.Facts;

namespace Summarizer.Comparisons.Quantities;

/// <summary>
/// When a figure is about, as its sentence says: the years and the absolute dates it names ("in 2014", "on March 16").
/// Two figures whose sentences name different years or dates, and none in common, are about different occasions
/// (last season and this one, two different matches), so they neither agree nor conflict.
/// </summary>
internal static partial class Occasion
{
    public static IReadOnlySet<string> Of(ComparisonInput input, int sentenceId)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (input.Article.SentenceById(sentenceId) is not { } sentence) return keys;
        foreach (var date in input.Facts.Dates)
            if (!date.IsRelative && date.SentenceId == sentenceId) keys.Add("d:" + TextKey.Words(date.Text));
        foreach (Match m in YearPattern().Matches(sentence.Text)) keys.Add("y:" + m.Value);
        return keys;
    }

    /// <summary>Whether two figures can be about the same occasion: either names none, or they share one.</summary>
    public static bool Compatible(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Count == 0 || b.Count == 0 || a.Overlaps(b);

    [GeneratedRegex(@"(?<!\d)(19|20)\d\d(?!\d)")]
    private static partial Regex YearPattern();
}
