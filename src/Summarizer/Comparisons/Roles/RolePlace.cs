using Summarizer.Facts.Lexicons;

namespace Summarizer.Comparisons.Roles;

/// <summary>
/// The country a role names, whatever the wording: "U.K.", "UK", "British", "Britain's" and "United Kingdom" are
/// one country, as are "U.S.", "US", "American" and "United States". Read with the fact extractor's country lexicon
/// (<see cref="Countries"/>: names, aliases and nationality adjectives); a word it does not know says nothing.
/// </summary>
internal static class RolePlace
{
    private static readonly char[] Breaks = [' ', '/', '(', ')'];

    /// <summary>The canonical country of <paramref name="role"/> ("United Kingdom" for "Britain's Prime Minister"), null when it names none or several.</summary>
    public static string? Of(string role)
    {
        var words = role.Split(Breaks, StringSplitOptions.RemoveEmptyEntries).Select(Bare).ToList();
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < words.Count; i++)
        {
            // Two-word names first: "United Kingdom", "South Korea".
            if (i + 1 < words.Count && Countries.Canonical(words[i] + " " + words[i + 1]) is { } pair)
            {
                found.Add(pair);
                i++;
            }
            else if ((Countries.Canonical(words[i]) ?? Countries.OfNationality(words[i])) is { } country) found.Add(country);
        }
        return found.Count == 1 ? found.First() : null;
    }

    // "Britain's" names Britain; a comma or colon after a word is no part of it (the dots of "U.K." are).
    private static string Bare(string word)
    {
        word = word.TrimEnd(',', ';', ':');
        return word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
    }
}
