using System.Text.RegularExpressions;

namespace Summarizer.Comparisons.Roundup;

/// <summary>
/// Sentences that lean on a source their article named earlier ("According to the publication, …", "…, the paper
/// said"): out of their article, a roundup reader cannot tell which publication is meant, so they are not quoted
/// as a roundup's wording (they may still echo, and credit their outlet with, what another outlet's sentence says).
/// </summary>
internal static partial class UnnamedSource
{
    public static bool In(string sentence) => Opening().IsMatch(sentence) || Saying().IsMatch(sentence);

    // "According to the publication", "As the newspaper reports", "Citing the report".
    [GeneratedRegex(@"^\W*(?:according to|as|citing|per) (?:the|this|that) (?:same )?(?:publication|newspaper|paper|report|outlet|magazine|agency|broadcaster|daily|weekly|website|site|channel|media|source|article|edition|tabloid)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    // "…, the paper said", "the publication writes that …".
    [GeneratedRegex(@"\b(?:the|this|that) (?:publication|newspaper|paper|outlet|magazine|agency|broadcaster|daily|weekly|website|channel|tabloid|report) (?:said|says|reported|reports|wrote|writes|added|adds|notes|noted|claims|claimed|stated|states|specifies|specified|cites|cited)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Saying();
}
