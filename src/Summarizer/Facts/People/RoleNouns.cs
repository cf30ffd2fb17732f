using Summarizer.Facts.Lexicons;
using Summarizer.Facts.Names;
using Summarizer.Verification.Lexicon;

namespace Summarizer.Facts.People;

/// <summary>
/// The head noun of a role given in an appositive ("Ben Barry, senior fellow at …", "Ann Cole, a lecturer at …"): a
/// role head of the lexicon (<see cref="Roles.IsHead"/>; in a hyphenated word, any part: "co-founder", "ex-minister"),
/// one of the <see cref="Occupations"/> WordNet files mostly elsewhere ("teacher", "engineer"), or a singular noun in
/// lower case that WordNet has mostly for a kind of person ("lecturer", "activist", "curator"), never a given name, an
/// honorific ("sir"), a word that qualifies a role ("senior") or a verb's participle ("accused"). What a person is rather
/// than does is no role: a relative, a child, a friend or lover, a traveller, a victim or prisoner, an offender, an
/// unbeliever (the WordNet kinds <see cref="NotRoles"/>), nor the everyday words for people WordNet files under none of
/// those ("man", "woman", "father", "resident", "witness", "fan", "suspect", …). Without WordNet only the lexicon's
/// heads and the occupations count.
/// </summary>
internal static class RoleNouns
{
    private static readonly string[] NotRoles =
        ["relative", "juvenile", "female", "male", "friend", "lover", "traveler", "unfortunate", "inhabitant", "bad_person", "nonreligious_person"];

    private static readonly HashSet<string> People = new(StringComparer.Ordinal)
    {
        "man", "woman", "person", "individual", "human", "father", "mother", "brother", "sister", "parent", "child",
        "baby", "elder", "victim", "survivor", "witness", "eyewitness", "bystander", "fan", "citizen", "resident", "native",
        "local", "neighbour", "neighbor", "partner", "colleague", "pensioner", "suspect", "voter", "supporter", "follower",
        "worshipper", "shopper", "customer", "client", "patient", "guest",
    };

    /// <summary>Occupations WordNet has mostly for something else ("teacher" is also a personified abstraction).</summary>
    private static readonly HashSet<string> Occupations = new(StringComparer.Ordinal)
    {
        "teacher", "engineer", "soldier", "singer", "pilot", "bishop", "rabbi", "pastor", "midfielder", "goalkeeper",
        "broadcaster",
    };

    /// <summary>True when <paramref name="word"/> (as written) can head a role phrase.</summary>
    public static bool IsHead(string word)
    {
        string bare = word.TrimEnd('.', ',', ';', ':');
        if (Roles.IsHead(word) || Roles.IsHead(bare) || Occupations.Contains(bare)) return true;
        if (bare.Contains('-') && bare.Split('-').Any(p => p.Length > 1 && (Roles.IsHead(p) || Occupations.Contains(p)))) return true;
        return IsOccupation(bare);
    }

    /// <summary>True for a role head of the lexicon (<see cref="Roles.IsHead"/>), which may come before the noun it qualifies ("head teacher").</summary>
    public static bool IsLexiconHead(string word) => Roles.IsHead(word) || Roles.IsHead(word.TrimEnd('.', ','));

    /// <summary>
    /// A noun in lower case for a kind of person that heads no role ("atheist", "father"): joined by "and" to a role
    /// ("avowed atheist and libertarian") it makes the phrase a description, not a role.
    /// </summary>
    public static bool IsOtherPersonNoun(string word)
    {
        string bare = word.TrimEnd('.', ',', ';', ':');
        if (bare.Length < 3 || !bare.All(char.IsLower) || IsHead(bare)) return false;
        return People.Contains(bare) || (WordNetLookup.Shared is { } wordNet && wordNet.IsKindOf(bare, "person", instances: false));
    }

    private static bool IsOccupation(string word)
    {
        // In lower case only: a capitalised word after modifiers is a name as often ("manager Erik Hunter", "… ten Hag").
        if (word.Length < 3 || !char.IsLower(word[0]) || !word.All(c => char.IsLetter(c) || c == '-') || FirstNames.Contains(word)) return false;
        string lower = word.ToLowerInvariant();
        if (People.Contains(lower) || Roles.IsHonorific(lower) || Roles.IsModifier(lower) || lower.EndsWith("ed", StringComparison.Ordinal)) return false;
        if (WordNetLookup.Shared is not { } wordNet || !wordNet.IsKindOf(lower, "person", instances: false)) return false;
        // A plural ("nurses", "hecklers") is a list of people, not one person's role.
        if (CommonNouns.SingularOf(lower) is not null) return false;
        return !NotRoles.Any(kind => wordNet.IsKindOf(lower, kind, instances: false));
    }
}
