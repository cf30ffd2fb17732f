namespace Summarizer.Articles.Sentences;

/// <summary>
/// A sentence boundary whose full stop was lost, as happens where a scraped photo caption runs into the story
/// ("… higher than a colleague The cost of divorce …"). English capitalises these openers only at the start of a
/// sentence, so one standing between a word that ends in a lower-case letter, a digit or a bracket and a lower-case
/// word marks a new sentence.
/// </summary>
internal static class LostBoundary
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "His", "Her", "Their", "Its", "In", "This", "These", "Those",
        "There", "But", "However",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup = Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the space at <paramref name="space"/> separates two sentences.</summary>
    public static bool At(string text, int space, int end)
    {
        char before = text[space - 1];
        if (!(char.IsLower(before) || char.IsDigit(before) || before == ')')) return false;
        int wordStart = space + 1;
        if (wordStart >= end || !char.IsUpper(text[wordStart])) return false;
        int wordEnd = wordStart;
        while (wordEnd < end && char.IsLetter(text[wordEnd])) wordEnd++;
        if (wordEnd >= end - 1 || text[wordEnd] != ' ' || !OpenerLookup.Contains(text.AsSpan(wordStart, wordEnd - wordStart))) return false;
        return char.IsLower(text[wordEnd + 1]);
    }
}
