using System.Text;
using Summarizer.Facts.Lexicons;
using Summarizer.Text;
using Summarizer.Verification.Lexicon;
using static Summarizer.Comparisons.Roles.RoleVocabulary;

namespace Summarizer.Comparisons.Roles;

// Reading a role: the words of it that tell its office from another (RoleCore.Of).
internal static partial class RoleCore
{
    /// <summary>
    /// The words of <paramref name="role"/> that tell its office from another: its office words and every other word
    /// of it that distinguishes (<see cref="Distinguishes"/>); empty when it has no title among its office words, so
    /// that "actress", "coach" or "trade aide" is no office to compare.
    /// </summary>
    public static SortedSet<string> Of(string role)
    {
        var words = Words(Own(role));
        // A role in capitals throughout ("FIRE CHIEF") shows no initials apart from words.
        bool initialsShow = role.Any(char.IsLower);
        var core = new SortedSet<string>(StringComparer.Ordinal);
        var modifiers = new List<string>();
        for (int i = 0; i < words.Count; i++)
        {
            // A place of two words ("New York", "United Kingdom") says where, as a one-word place does.
            if (i + 1 < words.Count && PlaceNames.Canonical(words[i].Written + " " + words[i + 1].Written) is not null) { i++; continue; }
            var (written, folded) = words[i];
            foreach (string word in Canonical.TryGetValue(folded, out var mapped) ? mapped : [folded])
            {
                if (OfficeWords.Contains(word) || Offices.IsCivic(word)) core.Add(word);
                else if (Distinguishes(written, word, initialsShow)) modifiers.Add(word);
            }
        }
        // An office has a title: "trade" or "defense" alone names none.
        if (!core.Any(w => IsTitle(w))) return [];
        core.UnionWith(modifiers);
        return core;
    }

    /// <summary>
    /// Whether a word of a role that is no office word tells offices apart: a portfolio or department ("fire",
    /// "police", "transport"), a party ("Labour", "Republican") or any other common word. Not a country, nationality,
    /// place or jurisdiction, a function word, a word of tenure (<see cref="RoleVocabulary.Describing"/>), nor a name: a capitalised
    /// word that WordNet knows only as a named instance or not at all ("Liverpool", "Texas", "Hartlepool"), or initials
    /// in capitals ("SNP", "FBI"): a club, a state, a party, a constituency or a body say whose or where, as a place
    /// word does, and never make a second office. A word written in lower case that WordNet lacks still counts
    /// ("cybersecurity chief"). Without WordNet every such word but initials counts.
    /// </summary>
    private static bool Distinguishes(string written, string word, bool initialsShow)
    {
        if (word.Length < 2 || ContentWords.Of(word).Count == 0 || Describing.Contains(word) || Jurisdictions.Contains(word)
            || PlaceNames.IsCue(word) || Countries.IsCountryOrNationality(written) || PlaceNames.Canonical(written) is not null) return false;
        if (initialsShow && written.All(char.IsUpper)) return false;
        if (WordNetLookup.Shared is not { } wordNet) return true;
        if (!char.IsUpper(written[0])) return true;
        return wordNet.IsKindOf(word, "entity", instances: false) || wordNet.IsAdjective(word);
    }

    // The words of the role's own office, without the office of the one it belongs to: the possessor before a title
    // ("President Donald Trump's trade adviser", "Britain's prime minister") says whose office it is, not which (the
    // country it names still counts, read by RolePlace from the whole role). A role relating its holder to another
    // office ("aide to the president", "chief of staff for Vice President", "special adviser to President" — often
    // the other person's title read onto the adviser's name) names no office of its own to compare: empty. "Minister
    // for Fisheries" and "Ambassador to France" relate to no title and are offices as they stand.
    private static string Own(string role)
    {
        var tokens = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int to = Array.FindIndex(tokens, t => t is "to" or "for");
        if (to > 0 && tokens[(to + 1)..].Any(Titled)) return "";
        int possessor = Array.FindLastIndex(tokens, t => TextFold.StripPossessive(t.TrimEnd(',', ';', ':')).Length < t.TrimEnd(',', ';', ':').Length);
        if (possessor >= 0 && tokens[(possessor + 1)..].Any(Titled)) tokens = tokens[(possessor + 1)..];
        return string.Join(' ', tokens);
    }

    // Whether a word of a role is (or abbreviates) a title noun or a civic office.
    private static bool Titled(string token)
    {
        string word = TextFold.Fold(token.Trim('.', ',', ';', ':'));
        return (Canonical.TryGetValue(word, out var mapped) ? mapped : [word]).Any(w => IsTitle(w));
    }

    // The role's words as written (dots dropped, so "U.K." is "UK") and folded, a possessive's "'s" dropped; a word
    // holding a digit ("25-year-old", "G7") is no part of an office.
    private static List<(string Written, string Folded)> Words(string role)
    {
        var words = new List<(string, string)>();
        foreach (string chunk in role.Split([' ', '/', '(', ')', ',', ';', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (chunk.Any(char.IsDigit)) continue;
            var sb = new StringBuilder();
            foreach (char c in TextFold.StripPossessive(chunk.TrimEnd('.', '\'', '’')))
            {
                if (char.IsLetter(c)) sb.Append(c);
                else if (c == '.') continue;
                else Flush();
            }
            Flush();

            void Flush()
            {
                if (sb.Length == 0) return;
                string written = sb.ToString();
                words.Add((written, TextFold.Fold(written)));
                sb.Clear();
            }
        }
        return words;
    }
}
