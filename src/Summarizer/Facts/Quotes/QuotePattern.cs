using System.Text.RegularExpressions;

namespace Summarizer.Facts.Quotes;

/// <summary>
/// Quotation marks: curly, straight, guillemets and single curly quotes (which must not be apostrophes). A straight
/// quotation mark cannot tell opening from closing, so an opening one must touch the word after it and a closing one
/// the word before it: the text between two quotations (<c>…lot," he said. "One…</c>) is not a quotation.
/// </summary>
internal static partial class QuotePattern
{
    [GeneratedRegex(@"“(?<t>[^”\n]{1,2000})”|«(?<t>[^»\n]{1,2000})»|(?<![\p{L}\p{N}])""(?<t>[^""\s][^""\n]{0,1999}(?<=\S))""|(?<![\p{L}\p{N}])‘(?<t>[^’\n]{1,500}?)’(?![\p{L}])")]
    public static partial Regex Quote();

    /// <summary>"he said", "she told reporters", right after a quotation.</summary>
    [GeneratedRegex(@"^[\s,.!?—–-]*(?:he|she)\s+(?:\w+ly\s+)?(?<v>\w+)", RegexOptions.IgnoreCase)]
    public static partial Regex PronounAfter();

    /// <summary>"He stated, " right before a quotation.</summary>
    [GeneratedRegex(@"\b(?:he|she)\s+(?:\w+ly\s+)?(?<v>\w+)(?:\s+that)?[\s,:]*$", RegexOptions.IgnoreCase)]
    public static partial Regex PronounBefore();

    /// <summary>", according to X" after a quotation.</summary>
    [GeneratedRegex(@"^[\s,.!?]*according\s+to\s+", RegexOptions.IgnoreCase)]
    public static partial Regex AccordingTo();
}
