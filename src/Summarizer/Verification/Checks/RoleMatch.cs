using Summarizer.Facts.Lexicons;
using Summarizer.Text;

namespace Summarizer.Verification.Checks;

/// <summary>
/// Compares role phrases as sets of normalised words: "Defense Secretary" is supported by "U.S. Defense Secretary";
/// country words match across forms ("British" = "UK" = "U.K." = "Britain" = "United Kingdom"); "PM" = "Prime
/// Minister", "defence" = "defense", and "secretary" = "minister" (one office, named differently by country). An
/// abbreviation written with dots is the same word without them ("U.S." = "US", "U.N." = "UN"). A claim's country word
/// is ignored when the article's role names no country. A rank word the article's role has and the claim lacks makes
/// another office ("Vice President" does not support "President", nor "Deputy Mayor" "Mayor").
/// </summary>
internal static class RoleMatch
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "the", "of", "to", "for", "a", "an", "his", "her", "their", "s" };

    // Words that make an office another one below it, the comparisons' own list ("Shadow Home Secretary" is no Home
    // Secretary); not "acting", "interim" or "former", which outlets leave out of the same office.
    private static HashSet<string> Ranks => Comparisons.Roles.RoleVocabulary.Ranks;

    // The longest country name written as several words ("United Arab Emirates", "Bosnia and Herzegovina").
    private const int MaxCountryWords = 3;

    public static bool Supports(string articleRole, string claimRole) => Fit(articleRole, claimRole).Strength > 0;

    /// <summary>True when the article's role is the claim's office, whatever country either names.</summary>
    public static bool SameOffice(string articleRole, string claimRole)
    {
        var claim = Words(claimRole);
        claim.RemoveWhere(IsCountry);
        return Offices(articleRole).Any(office => Match(office, claim) > 0);
    }

    // A role holding two offices ("Deputy Prime Minister and Justice Secretary") is read office by office, so one
    // office's rank word does not deny the other.
    private static IEnumerable<HashSet<string>> Offices(string role) =>
        role.Split([" and ", " & "], StringSplitOptions.RemoveEmptyEntries).Select(Words);

    /// <summary>
    /// How well the article's role supports the claim's. <c>Strength</c>: 0 when it does not (<see cref="Supports"/>),
    /// 2 when it does and names the claim's country or the claim names none, 1 when it does only because the article's
    /// role names no country while the claim's does ("President" for "Russian President"). <c>Extra</c>: the article
    /// role's words beyond the claim's other than a country ("Prime Minister's spokesman" has one for "Prime Minister",
    /// "UK Prime Minister" none): the fewer, the nearer the office.
    /// </summary>
    public static (int Strength, int Extra) Fit(string articleRole, string claimRole)
    {
        var claim = Words(claimRole);
        var whole = Words(articleRole);
        var best = (Strength: Match(whole, claim), Extra: whole.Count(w => !IsCountry(w) && !claim.Contains(w)));
        foreach (var office in Offices(articleRole))
        {
            int strength = Match(office, claim);
            if (strength > best.Strength) best = (strength, office.Count(w => !IsCountry(w) && !claim.Contains(w)));
        }
        return best;
    }

    private static int Match(HashSet<string> article, HashSet<string> claim)
    {
        if (claim.Count == 0) return 0;
        bool articleHasCountry = article.Any(IsCountry);
        foreach (var w in claim)
        {
            if (IsCountry(w) && !articleHasCountry) continue;
            if (!article.Contains(w)) return 0;
        }
        if (article.Any(w => Ranks.Contains(w) && !claim.Contains(w))) return 0;
        return claim.Any(IsCountry) && !articleHasCountry ? 1 : 2;
    }

    /// <summary>True when the role names a country ("U.S. President", "Britain's Prime Minister").</summary>
    public static bool NamesCountry(string role) => Words(role).Any(IsCountry);

    private static bool IsCountry(string word) => word.StartsWith('@');

    /// <summary>"counterpart", "colleague": relative roles that name no office.</summary>
    public static bool IsRelative(string role) => Words(role).Overlaps(["counterpart", "colleague", "predecessor", "successor"]);

    /// <summary>The role's words, normalised: countries as "@" and their canonical name, offices in one spelling.</summary>
    internal static HashSet<string> Words(string role)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        foreach (var raw in role.Split([' ', '-', '\u00A0', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            string word = Undotted(TextFold.StripPossessive(raw).Trim('.', '\'', '"', '’', '‘', '“', '”'));
            if (word.Length > 0) words.Add(word);
        }
        for (int i = 0; i < words.Count; i++)
        {
            // Countries of several words first ("United States", "South Korea"), capitalised as names are.
            int taken = CountryAt(words, i, out string? country);
            if (country is not null)
            {
                set.Add("@" + country);
                i += taken - 1;
                continue;
            }
            string folded = TextFold.Fold(words[i]);
            if (Ignored.Contains(folded)) continue;
            switch (folded)
            {
                case "pm": set.Add("prime"); set.Add("minister"); break;
                case "vp": set.Add("vice"); set.Add("president"); break;
                case "defence": set.Add("defense"); break;
                case "secretary": set.Add("minister"); break;
                case "spokesman" or "spokeswoman": set.Add("spokesperson"); break;
                case "advisor": set.Add("adviser"); break;
                default: set.Add(folded); break;
            }
        }
        return set;
    }

    // The country named by the words from i (the longest name first), and how many words it takes; 0 and null for none.
    private static int CountryAt(List<string> words, int i, out string? country)
    {
        for (int n = Math.Min(MaxCountryWords, words.Count - i); n >= 1; n--)
        {
            if (!char.IsUpper(words[i][0]) || !char.IsUpper(words[i + n - 1][0])) continue;
            string name = n == 1 ? words[i] : string.Join(' ', words.Skip(i).Take(n));
            country = Countries.Canonical(name) ?? (n == 1 ? Countries.OfNationality(name) : null);
            if (country is not null) return n;
        }
        country = null;
        return 0;
    }

    /// <summary>
    /// An abbreviation written with a dot after each letter, without the dots ("U.S" → "US", "E.U" → "EU"): the
    /// article and the summary may write it either way. Other words are returned as they are ("St", "3.5").
    /// </summary>
    internal static string Undotted(string word)
    {
        if (word.Length < 3 || !word.Contains('.')) return word;
        for (int i = 0; i < word.Length; i++)
        {
            bool letterPlace = i % 2 == 0;
            if (letterPlace ? !char.IsLetter(word[i]) : word[i] != '.') return word;
        }
        return word.Length % 2 == 1 ? word.Replace(".", "") : word;
    }
}
