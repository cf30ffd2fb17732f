using System.Text;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Quantities;
using Summarizer.Facts.Lexicons;
using Summarizer.Text;
using Summarizer.Verification.Lexicon;
namespace Summarizer.Comparisons.Roles;

/// <summary>
/// The words that tell one office from another, so that "British Prime Minister", "U.K. Prime Minister" and "PM"
/// compare equal while "Prime Minister" and "Defense Secretary", or "Fire chief" and "Police chief", do not. A role
/// names an office when it has a word of a general vocabulary of office titles (<see cref="OfficeWords"/>; the offices
/// of local government, policing and the courts, <see cref="Offices"/>: sheriff, coroner, marshal, mayor …, are office
/// words too); its other words then count as well, whether or not a list knows them ("fire", "police", "transport",
/// "cybersecurity"), except the words that say where or whose rather than which office (<see cref="Distinguishes"/>:
/// countries, nationalities, places and words for a jurisdiction such as "county", names of clubs, states or
/// constituencies, initials of parties and bodies, function words, ages, and words of tenure such as "veteran"; and
/// whose office it is, "President Donald Trump's trade adviser"); a role relating its holder to another office, "aide to
/// the president", is no office of its own.
/// </summary>
internal static class RoleCore
{
    // Abbreviations and spellings that name the same office word everywhere.
    private static readonly Dictionary<string, string[]> Canonical = new(StringComparer.Ordinal)
    {
        ["pm"] = ["prime", "minister"], ["premier"] = ["prime", "minister"], ["fm"] = ["foreign", "minister"],
        ["vp"] = ["vice", "president"], ["defence"] = ["defense"], ["secretary"] = ["minister"],
        ["spokesman"] = ["spokesperson"], ["spokeswoman"] = ["spokesperson"], ["advisor"] = ["adviser"],
        ["chairwoman"] = ["chairman"], ["chair"] = ["chairman"], ["chairperson"] = ["chairman"],
        ["ministry"] = ["minister"], ["ministers"] = ["minister"], ["secretaries"] = ["minister"],
        ["labor"] = ["labour"], ["tory"] = ["conservative"], ["tories"] = ["conservative"], ["democrat"] = ["democratic"],
        ["democrats"] = ["democratic"], ["republicans"] = ["republican"],
    };

    // General office vocabulary: the title nouns that make a role an office, and the portfolio and rank words that
    // tell offices apart (a portfolio word no list has counts too: see Distinguishes).
    private static readonly HashSet<string> OfficeWords = new(StringComparer.Ordinal)
    {
        "minister", "president", "chancellor", "spokesperson", "ambassador", "envoy", "commander", "chief", "general",
        "admiral", "chairman", "head", "leader", "director", "governor", "mayor", "senator", "king", "queen", "prince",
        "pope", "ceo", "founder", "fellow", "adviser", "counselor", "attorney", "judge", "prosecutor", "representative",
        "speaker", "officer", "captain", "colonel", "marshal", "lieutenant", "diplomat", "correspondent", "editor",
        "reporter", "economist", "professor", "analyst", "prime", "vice", "deputy", "foreign", "defense", "interior",
        "home", "finance", "economy", "economic", "justice", "health", "education", "energy", "environment", "trade",
        "transport", "culture", "security", "intelligence", "special", "senior", "acting", "interim", "former",
        "first", "state", "affairs", "armed", "forces", "council", "national", "staff", "army", "navy", "air",
        "secretary-general", "parliament", "cabinet", "military", "treasury",
    };

    // The title nouns among the office words: the office itself rather than its portfolio, rank or tenure. A role has
    // one to be an office; a role that adds one to another's words names another office besides ("Vice President and
    // Defense Minister", "attorney of President Trump"), not that office told in more detail.
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "minister", "president", "chancellor", "spokesperson", "ambassador", "envoy", "commander", "chief", "general",
        "admiral", "chairman", "head", "leader", "director", "governor", "mayor", "senator", "king", "queen", "prince",
        "pope", "ceo", "founder", "fellow", "adviser", "counselor", "attorney", "judge", "prosecutor", "representative",
        "speaker", "officer", "captain", "colonel", "marshal", "lieutenant", "diplomat", "correspondent", "editor",
        "reporter", "economist", "professor", "analyst", "secretary-general",
    };

    // Words for the level or area of government an office is in: they say where, as a place name does ("County
    // Sheriff" and "Sheriff", "city councillor" and "councillor"). Place-name cues ("county", "district") are read
    // from the place lexicon too.
    private static readonly HashSet<string> Jurisdictions = new(StringComparer.Ordinal)
    {
        "local", "regional", "federal", "municipal", "provincial", "metropolitan", "metro", "town", "borough", "parish",
        "village", "county", "city", "district", "statewide", "nationwide", "countywide", "citywide",
    };

    // Words of tenure, standing or praise ("President-elect" is the president's office), and those of an age written
    // apart ("24 year old"): two outlets may each add their own to one office ("veteran senator", "outgoing senator"). Not "former", "acting" or "interim", which are
    // office words and so compare as before.
    private static readonly HashSet<string> Describing = new(StringComparer.Ordinal)
    {
        "top", "veteran", "longtime", "longstanding", "current", "outgoing", "incoming", "retired", "retiring", "then",
        "newly", "elected", "sitting", "serving", "leading", "prominent", "influential", "respected", "famous",
        "well", "known", "renowned", "popular", "powerful", "embattled", "beleaguered", "controversial", "celebrated",
        "openly", "elect", "designate", "year", "old", "aged", "new",
        // Standing in parliament: the Labour leader in opposition is the opposition leader, and "party leader" the leader.
        "opposition", "party", "ruling", "governing",
    };

    // Parties: a party beside an office says whose side holds it, not which office ("Democratic senator" and "senior
    // senator" may be one person's), unless the other role names another party ("Labour leader", "Conservative leader").
    private static readonly HashSet<string> Parties = new(StringComparer.Ordinal)
    {
        "labour", "conservative", "liberal", "democratic", "republican", "green", "socialist", "communist", "nationalist",
        "unionist", "libertarian", "gop",
    };

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
        if (!core.Any(w => Titles.Contains(w) || Offices.IsCivic(w))) return [];
        core.UnionWith(modifiers);
        return core;
    }

    /// <summary>
    /// Whether a word of a role that is no office word tells offices apart: a portfolio or department ("fire",
    /// "police", "transport"), a party ("Labour", "Republican") or any other common word. Not a country, nationality,
    /// place or jurisdiction, a function word, a word of tenure (<see cref="Describing"/>), nor a name: a capitalised
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
        return (Canonical.TryGetValue(word, out var mapped) ? mapped : [word]).Any(w => Titles.Contains(w) || Offices.IsCivic(w));
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

    // Words that make an office another one below it: a deputy mayor is not the mayor, an assistant chief constable not
    // the chief constable, a shadow home secretary not the home secretary. Not "acting", "interim" or "former":
    // outlets leave those out of the same office ("DHS Secretary" for the acting one, a past office recalled).
    private static readonly HashSet<string> Ranks = new(StringComparer.Ordinal) { "deputy", "vice", "lieutenant", "assistant", "shadow" };

    /// <summary>
    /// Two roles conflict when both name an office and neither contains the other: "Minister" and "Defense Minister"
    /// may be the same office told with less detail, "Prime Minister" and "Defense Minister" cannot, nor "Fire chief"
    /// and "Police chief". A rank word one has and the other lacks is never detail left out: "Mayor" and "Deputy
    /// Mayor", "Governor" and "Lieutenant Governor", "Chief Constable" and "Assistant Chief Constable" conflict. A
    /// party is compared only with a party: "Labour leader" and "Conservative leader" conflict, "Democratic senator"
    /// and "senior senator" do not.
    /// </summary>
    public static bool Conflicts(SortedSet<string> a, SortedSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return false;
        if (Ranks.Any(r => a.Contains(r) != b.Contains(r))) return true;
        var (pa, pb) = (a.Where(Parties.Contains).ToList(), b.Where(Parties.Contains).ToList());
        if (pa.Count > 0 && pb.Count > 0 && !pa.Intersect(pb).Any()) return true;
        var (oa, ob) = (a.Where(w => !Parties.Contains(w)).ToHashSet(), b.Where(w => !Parties.Contains(w)).ToHashSet());
        return !oa.IsSubsetOf(ob) && !ob.IsSubsetOf(oa);
    }

    /// <summary>A stable text key for a core, to group roles stated alike.</summary>
    public static string Key(SortedSet<string> core) => string.Join(' ', core);

    /// <summary>
    /// Whether two roles cannot both be one person's: their offices conflict (<see cref="Conflicts(SortedSet{string}, SortedSet{string})"/>)
    /// or they name different countries ("British Prime Minister", "Irish Prime Minister").
    /// </summary>
    public static bool Conflicts(string a, string b) =>
        Conflicts(Of(a), Of(b)) || (RolePlace.Of(a) is { } ca && RolePlace.Of(b) is { } cb && ca != cb);

    /// <summary>
    /// The roles of one person grouped by the office they name, however worded: the office words and the country
    /// ("British PM", "U.K. Prime Minister", "Britain's prime minister" are one group). A role that names no
    /// country joins the one group of its office that does, when there is exactly one. A role telling less of its office
    /// joins the group that tells more, when every group telling more is that one told with still more ("Speaker" and
    /// "Minority Leader" join "House Speaker" and "House Minority Leader", "Senator" joins "Republican Senator"; not when
    /// a rank word tells them apart, "Mayor" and "Deputy Mayor", when the fuller one adds a title and so names another
    /// office too, "Vice President" and "Vice President and Defense Minister", nor when two offices could be meant,
    /// "chief" beside "Fire chief" and "Police chief"). Roles naming no office are left out.
    /// </summary>
    public static Dictionary<string, string> GroupKeys(IEnumerable<string> roles)
    {
        var distinct = roles.Distinct(StringComparer.Ordinal).Where(r => Of(r).Count > 0).ToList();
        var cores = distinct.ToDictionary(r => r, Of, StringComparer.Ordinal);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string role in distinct) keys[role] = Key(cores[role]) + "|" + RolePlace.Of(role);
        foreach (string role in distinct.Where(r => RolePlace.Of(r) is null))
        {
            string office = Key(cores[role]);
            var placed = keys.Values.Where(k => k.StartsWith(office + "|", StringComparison.Ordinal) && !k.EndsWith('|')).Distinct().ToList();
            if (placed.Count == 1) keys[role] = placed[0];
        }
        // Each group by its office's words and place, as the roles above were keyed; then the less detailed join.
        var groups = distinct.GroupBy(r => keys[r], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Core: cores[g.First()], Place: g.Key[(g.Key.IndexOf('|') + 1)..]), StringComparer.Ordinal);
        var joined = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, (core, place)) in groups)
        {
            var fuller = groups.Where(g => g.Key != key && core.IsProperSubsetOf(g.Value.Core) && !Conflicts(core, g.Value.Core)
                && !g.Value.Core.Except(core).Any(w => Titles.Contains(w) || Offices.IsCivic(w))
                && (place.Length == 0 || place == g.Value.Place)).ToList();
            if (fuller.Count == 0) continue;
            var fullest = fuller.MaxBy(g => g.Value.Core.Count);
            if (fuller.All(g => g.Value.Core.IsSubsetOf(fullest.Value.Core) && (g.Value.Place == fullest.Value.Place || g.Value.Place.Length == 0)))
                joined[key] = fullest.Key;
        }
        foreach (string role in distinct)
            if (joined.TryGetValue(keys[role], out var fuller)) keys[role] = fuller;
        return keys;
    }
}
