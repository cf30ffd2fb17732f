namespace Summarizer.Articles.Cleaning;

/// <summary>
/// Finds where scraped text joined a heading, a caption or a link's text to the next paragraph with nothing between
/// them ("Expats urged to register for EU voteThe UK's EU vote: All you need to knowUK and the EU: …"): a word written
/// all in lower case, three letters or more, that runs straight into a capital letter. Names written that way start
/// with a capital ("McDonald", "JetBlue") or with one lower-case letter ("iPhone", "eBay"), and handles and tags with
/// their sign ("#mondayMotivation"), so none of them is cut. The price is a name that opens on three lower-case
/// letters or more ("macOS"): rare in news, where a glued heading in a scraped page is not.
/// </summary>
internal static class GluedHeadings
{
    private const int MinLowerCaseLetters = 3;

    /// <summary>The line cut at every such join, in order; the line alone when there is none.</summary>
    public static IReadOnlyList<string> Split(string line)
    {
        List<string>? parts = null;
        int start = 0;
        int wordStart = 0;
        bool lowerCaseWord = true;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '‘' or '(' or '[')
            {
                wordStart = i + 1;
                lowerCaseWord = true;
                continue;
            }
            if (char.IsLower(c)) continue;
            if (char.IsUpper(c) && lowerCaseWord && i - wordStart >= MinLowerCaseLetters && i + 1 < line.Length && char.IsLetter(line[i + 1]))
            {
                (parts ??= []).Add(line[start..i].TrimEnd());
                start = i;
                wordStart = i;
            }
            // A capital, a digit, a mark or a sign ("#", "@", ".") in the word: a name, a tag, a handle or an address, not
            // a lower-case word a heading ended on.
            lowerCaseWord = false;
        }
        if (parts is null) return [line];
        parts.Add(line[start..]);
        return parts.Where(p => p.Length > 0).ToList();
    }
}
