using Summarizer.Facts.Lexicons;

namespace Summarizer.Comparisons.Citing;

/// <summary>
/// One key for the ways an outlet's name is written: case and diacritics folded, a leading "the" dropped, and the
/// aliases the organisation lexicon already knows joined ("Associated Press" and "AP" when it lists both).
/// </summary>
internal static class OutletKey
{
    public static string Of(string name)
    {
        string trimmed = name.Trim();
        string key = TextKey.Words(OrganisationNames.Canonical(trimmed) ?? trimmed);
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    /// <summary>Whether two names name one outlet.</summary>
    public static bool Same(string a, string b) => Of(a) is { Length: > 0 } key && key == Of(b);
}
