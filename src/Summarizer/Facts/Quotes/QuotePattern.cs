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

    /// <summary>
    /// Someone who speaks for the person named next, right before the name: "a spokesman for (Prime Minister)",
    /// "an aide to", "sources close to", "a lawyer for". Only a title may stand between ("relatives of the victims met
    /// Starmer" is no one speaking for him).
    /// </summary>
    [GeneratedRegex(@"\b(?:spokes(?:man|woman|person|men|women|people)|aides?|advis[eo]rs?|lawyers?|attorneys?|representatives?|friends?|sources?|allies|ally|colleagues?|relatives?|officials?|staff)\s+(?:close\s+to|for|to|of|from|with|at)\s+(?:the\s+)?(?-i:\p{Lu}[\p{L}.'’-]*\s+){0,3}$", RegexOptions.IgnoreCase)]
    public static partial Regex SpeaksForNext();

    /// <summary>The same, as a possessive right after the name: "Clarke's spokesman said", "Baker’s lawyer told".</summary>
    [GeneratedRegex(@"^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:spokes(?:man|woman|person)|aides?|advis[eo]rs?|lawyers?|attorneys?|representatives?|office|team|camp|allies|ally|friends?)\b", RegexOptions.IgnoreCase)]
    public static partial Regex SpeaksForBefore();
}
