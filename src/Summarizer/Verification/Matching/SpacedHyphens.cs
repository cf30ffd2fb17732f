using System.Text;
using System.Text.RegularExpressions;

namespace Summarizer.Verification.Matching;

/// <summary>
/// Word-tokenised summaries put spaces round hyphens ("Christopher Jeffrey - Shaw", "won 2 - 1", "a 68 - year - old").
/// Where the article writes the two words joined ("Jeffrey-Shaw", "2-1", "2–1"), the summary's are joined too, so names,
/// scores and ages are read as the article's. A dash between words the article never joins ("on Friday - exactly")
/// stays as written.
/// </summary>
internal static partial class SpacedHyphens
{
    [GeneratedRegex(@"(?<before>[\p{L}\p{N}]+) - (?=(?<after>[\p{L}\p{N}]+))")]
    private static partial Regex SpacedHyphen();

    public static string Join(string summary, string articleText)
    {
        if (!summary.Contains(" - ", StringComparison.Ordinal)) return summary;
        var sb = new StringBuilder(summary.Length);
        int copied = 0;
        for (var m = SpacedHyphen().Match(summary); m.Success; m = m.NextMatch())
        {
            string before = m.Groups["before"].Value, after = m.Groups["after"].Value;
            if (articleText.IndexOf(before + "-" + after, StringComparison.OrdinalIgnoreCase) < 0
                && articleText.IndexOf(before + "–" + after, StringComparison.OrdinalIgnoreCase) < 0) continue;
            int hyphen = m.Groups["before"].Index + m.Groups["before"].Length;
            sb.Append(summary, copied, hyphen - copied).Append('-');
            copied = hyphen + 3;
        }
        return copied == 0 ? summary : sb.Append(summary, copied, summary.Length - copied).ToString();
    }
}
