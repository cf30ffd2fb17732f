namespace Summarizer.Text;

/// <summary>
/// What word-tokenised text (research corpora, benchmark model output) leaves as words that are none: the bracket
/// tokens of the Penn Treebank ("-lrb-", "-rrb-") and clitics written apart from their word ("we 've", "they 're").
/// </summary>
internal static class TokenisedForms
{
    /// <summary>Bracket tokens, matched case-insensitively.</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Brackets =
        new HashSet<string>(["lrb", "rrb", "lsb", "rsb"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Clitics after their apostrophe, in lower case ("Plan 'D'" is no clitic).</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Clitics =
        new HashSet<string>(["ve", "re", "ll", "d", "m"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
