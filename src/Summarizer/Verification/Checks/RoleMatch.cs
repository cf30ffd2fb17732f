using Summarizer.Facts.Lexicons;
using Summarizer.Text;

namespace Summarizer.Verification.Checks;

/// <summary>
/// Compares role phrases as sets of normalised words: "Defense Secretary" is supported by "U.S. Defense Secretary";
/// country words match across forms ("British" = "UK" = "Britain"); "PM" = "Prime Minister", "defence" = "defense",
/// and "secretary" = "minister" (one office, named differently by country). A claim's country word is ignored when
/// the article's role names no country.
/// </summary>
internal static class RoleMatch
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "the", "of", "to", "for", "a", "an", "his", "her", "their", "s" };

    public static bool Supports(string articleRole, string claimRole)
    {
        var article = Words(articleRole);
        var claim = Words(claimRole);
        if (claim.Count == 0) return false;
        bool articleHasCountry = article.Any(w => w.StartsWith('@'));
        foreach (var w in claim)
        {
            if (w.StartsWith('@') && !articleHasCountry) continue;
            if (!article.Contains(w)) return false;
        }
        return true;
    }

    /// <summary>"counterpart", "colleague": relative roles that name no office.</summary>
    public static bool IsRelative(string role) => Words(role).Overlaps(["counterpart", "colleague", "predecessor", "successor"]);

    private static HashSet<string> Words(string role)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in role.Split([' ', '-', '\u00A0', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            string word = TextFold.StripPossessive(raw).Trim('.', '\'', '"');
            if (word.Length == 0) continue;
            string? country = Countries.Canonical(word) ?? Countries.OfNationality(word);
            if (country is not null && char.IsUpper(word[0])) { set.Add("@" + country); continue; }
            string folded = TextFold.Fold(word);
            if (Ignored.Contains(folded)) continue;
            switch (folded)
            {
                case "pm": set.Add("prime"); set.Add("minister"); break;
                case "defence": set.Add("defense"); break;
                case "secretary": set.Add("minister"); break;
                case "spokesman" or "spokeswoman": set.Add("spokesperson"); break;
                case "advisor": set.Add("adviser"); break;
                default: set.Add(folded); break;
            }
        }
        return set;
    }
}
