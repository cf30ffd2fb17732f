using System.Text.RegularExpressions;

namespace Summarizer.Articles.Cleaning;

/// <summary>
/// Undoes the word tokenisation that research corpora and model outputs carry ("kilmarnock 's manager , gary locke ,
/// said -lrb- on friday -rrb- .") so the text reads as prose again: clitics and punctuation rejoin the word before
/// them, brackets their contents, currency signs their number, and PTB bracket and quote tokens become characters.
/// Text without those signs of tokenisation is returned unchanged.
/// </summary>
public static partial class Detokenizer
{
    [GeneratedRegex(@" (?:[,.;:!?%)\]}]|'s\b|'S\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b)|[(\[{$£€] |-lrb-|-rrb-|``|''", RegexOptions.IgnoreCase)]
    private static partial Regex TokenisationSign();

    [GeneratedRegex(@" (?=[,.;:!?%)\]}](?:\s|$)|(?:'s|'re|'ve|'ll|'d|'m|n't)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SpaceBeforeAttached();

    [GeneratedRegex(@"(?<=[(\[{$£€]) ")]
    private static partial Regex SpaceAfterOpening();

    /// <summary>True when <paramref name="text"/> shows at least two signs of word tokenisation.</summary>
    public static bool LooksTokenised(string text)
    {
        var m = TokenisationSign().Match(text);
        return m.Success && m.NextMatch().Success;
    }

    /// <summary>Prose from tokenised text; the same string when it does not look tokenised.</summary>
    public static string Detokenize(string text)
    {
        if (!LooksTokenised(text)) return text;
        text = text.Replace("-lrb-", "(", StringComparison.OrdinalIgnoreCase).Replace("-rrb-", ")", StringComparison.OrdinalIgnoreCase)
            .Replace("``", "\"", StringComparison.Ordinal).Replace("''", "\"", StringComparison.Ordinal);
        text = SpaceBeforeAttached().Replace(text, "");
        return SpaceAfterOpening().Replace(text, "");
    }
}
