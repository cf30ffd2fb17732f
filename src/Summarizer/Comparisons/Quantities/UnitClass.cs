using Summarizer.Comparisons;
namespace Summarizer.Comparisons.Quantities;

/// <summary>
/// What a figure counts, reduced to a class so outlets' wording lines up: "countries", "nations" and "states" are
/// one class, "troops", "soldiers" and "peacekeepers" another. Generic nouns ("people", "members") may stand for
/// a more specific class; they are compatible with it but need the surrounding words to agree as well.
/// </summary>
internal static class UnitClass
{
    private static readonly Dictionary<string, string> Classes = new(StringComparer.Ordinal)
    {
        ["country"] = "country", ["nation"] = "country", ["state"] = "country",
        ["troop"] = "troop", ["soldier"] = "troop", ["peacekeeper"] = "troop", ["personnel"] = "troop",
        ["serviceman"] = "troop", ["servicemen"] = "troop", ["servicemember"] = "troop", ["fighter"] = "troop",
        ["person"] = "person", ["people"] = "person", ["individual"] = "person",
        // "15 killed and 28 others injured": the others are more of the people counted.
        ["other"] = "person",
        ["percent"] = "percent", ["%"] = "percent", ["pct"] = "percent",
        ["$"] = "usd", ["usd"] = "usd", ["dollar"] = "usd", ["€"] = "eur", ["eur"] = "eur", ["euro"] = "eur",
        ["£"] = "gbp", ["gbp"] = "gbp", ["pound"] = "gbp",
        ["km"] = "kilometre", ["kilometer"] = "kilometre", ["kilometre"] = "kilometre",
    };

    // Generic nouns and the specific classes they can stand for.
    private static readonly Dictionary<string, string[]> Hypernyms = new(StringComparer.Ordinal)
    {
        ["person"] = ["troop"],
        ["member"] = ["country", "person", "troop"],
    };

    /// <summary>The class of a unit as written ("35-nation" → country, "peacekeepers" → troop); null without a unit.</summary>
    public static string? Of(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit)) return null;
        string trimmed = unit.Trim();
        if (Classes.TryGetValue(trimmed.ToLowerInvariant(), out var symbol)) return symbol;
        var tokens = TextKey.Tokens(trimmed);
        if (tokens.Count == 0) return null;
        string lemma = Lemma(tokens[^1]);
        return Classes.TryGetValue(lemma, out var cls) ? cls : lemma;
    }

    /// <summary>Singular of a plural noun, by the regular English rules plus "people".</summary>
    public static string Lemma(string word)
    {
        if (word is "people") return "people";
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        if (word.Length > 4 && (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))) return word[..^2];
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) return word[..^1];
        return word;
    }

    // Measures are named by what they measure, not counted.
    private static readonly Dictionary<string, string> Measured = new(StringComparer.Ordinal)
    {
        ["percent"] = "percentage", ["usd"] = "amount in US dollars", ["eur"] = "amount in euros", ["gbp"] = "amount in pounds",
        ["kilometre"] = "distance in kilometres",
    };

    /// <summary>What figures of a class give, in plain English: "number of countries", "amount in euros".</summary>
    public static string Describe(string cls) =>
        Measured.TryGetValue(cls, out var measured) ? measured : "number of " + Plural(cls);

    private static readonly Dictionary<string, string> IrregularPlurals = new(StringComparer.Ordinal)
    {
        ["person"] = "people", ["people"] = "people", ["child"] = "children", ["man"] = "men", ["woman"] = "women",
        ["foot"] = "feet", ["tooth"] = "teeth", ["mouse"] = "mice", ["life"] = "lives", ["wife"] = "wives",
        ["knife"] = "knives", ["leaf"] = "leaves", ["half"] = "halves", ["sheep"] = "sheep", ["fish"] = "fish",
        ["aircraft"] = "aircraft", ["series"] = "series", ["species"] = "species",
    };

    /// <summary>Plural of a singular noun, by the regular English rules and the common irregular ones ("children").</summary>
    public static string Plural(string word)
    {
        if (IrregularPlurals.TryGetValue(word, out var plural)) return plural;
        if (word.EndsWith("man", StringComparison.Ordinal) && word.Length > 3) return word[..^3] + "men";
        if (word.Length > 1 && word.EndsWith('y') && !"aeiou".Contains(word[^2])) return word[..^1] + "ies";
        if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal)
            || word.EndsWith("sh", StringComparison.Ordinal)) return word + "es";
        return word + "s";
    }

    /// <summary>Whether two classes can count the same thing.</summary>
    public static bool Compatible(string a, string b) =>
        a == b || (Hypernyms.TryGetValue(a, out var sa) && sa.Contains(b)) || (Hypernyms.TryGetValue(b, out var sb) && sb.Contains(a));

    /// <summary>A generic class only says "how many", not of what: it cannot align figures without context.</summary>
    public static bool IsGeneric(string cls) => Hypernyms.ContainsKey(cls);
}
