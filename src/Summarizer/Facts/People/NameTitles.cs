using Summarizer.Facts.Lexicons;

namespace Summarizer.Facts.People;

/// <summary>
/// The titles of a written name ("U.S. President Donald Trump", "the warden", "Miller, the county sheriff"), told
/// apart from the name by where they stand, since many office words are surnames too ("John Constable", "Elizabeth
/// Warden", "John Major"). A title word (role, honorific, country or nationality) is a title when it is written in
/// lower case, follows a determiner ("the Warden"), comes after a comma (an appositive), or stands before a
/// capitalised word while no name word has come yet ("Constable Smith", "Prime Minister Keir Starmer"), or is an
/// abbreviation in capitals after the name ("Keir Starmer MP"); after a given name it is the surname.
/// </summary>
internal static class NameTitles
{
    /// <summary>The words of <paramref name="name"/> that name the person, titles and determiners left out, one space apart.</summary>
    public static string Strip(string name)
    {
        var words = name.Split([' ', '\u00A0', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>();
        bool named = false, afterDeterminer = false, appositive = false;
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            bool determiner = word is "the" or "The" or "a" or "A" or "an" or "An";
            bool title = !determiner && IsTitleWord(word.TrimEnd(',')) && (char.IsLower(word[0]) || afterDeterminer || appositive
                || (!named && i + 1 < words.Length && char.IsUpper(words[i + 1][0]))
                || (named && i == words.Length - 1 && word.All(char.IsUpper)));
            afterDeterminer = determiner || (afterDeterminer && title);
            if (!determiner && !title)
            {
                kept.Add(word);
                named = true;
            }
            appositive |= word.EndsWith(',');
        }
        return string.Join(' ', kept);
    }

    private static bool IsTitleWord(string word) =>
        Roles.IsRoleWord(word) || Roles.IsHonorific(word) || Countries.IsCountryOrNationality(word);
}
