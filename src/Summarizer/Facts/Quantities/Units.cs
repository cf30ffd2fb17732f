namespace Summarizer.Facts.Quantities;

/// <summary>
/// Normalises the counted noun after a number: singular lemma ("troops" → "troop", "countries" → "country",
/// "people" → "person"), and a comparison class that treats near-synonyms as one ("nation" ~ "country",
/// "soldier" ~ "troop"), so "a 35-nation coalition" and "37 countries" are recognised as the same measure.
/// </summary>
internal static class Units
{
    /// <summary>The unit of a score or tally ("3-1", "52-48"): two numbers that count nothing on their own.</summary>
    public const string Score = "score";

    /// <summary>The unit of an age ("Hale, 24,", "aged 24", "the 24-year-old"): years of a life, not a span of years.</summary>
    public const string Age = "age";

    private static readonly HashSet<string> KnownNouns = new(StringComparer.Ordinal)
    {
        "person", "troop", "soldier", "peacekeeper", "civilian", "refugee", "country", "nation", "state", "member",
        "ally", "official", "leader", "worker", "employee", "student", "child", "patient", "death", "casualty",
        "victim", "vote", "seat", "day", "week", "month", "year", "hour", "minute", "second", "decade", "time",
        "percent", "dollar", "euro", "pound", "mile", "kilometre", "kilometer", "meter", "metre", "ton", "tonne",
        "barrel", "aircraft", "jet", "plane", "ship", "vessel", "tank", "missile", "drone", "vehicle", "home",
        "house", "case", "company", "firm", "job", "point", "force", "fighter", "voter", "resident", "delegate",
        "minister", "government", "partner", "brigade", "battalion", "division", "unit", "weapon", "shell",
    };

    private static readonly Dictionary<string, string> Classes = new(StringComparer.Ordinal)
    {
        ["soldier"] = "troop", ["peacekeeper"] = "troop", ["serviceman"] = "troop", ["servicemen"] = "troop",
        ["nation"] = "country", ["people"] = "person", ["individual"] = "person", ["kilometer"] = "kilometre",
        ["metre"] = "meter", ["tonne"] = "ton", ["usd"] = "USD", ["dollar"] = "USD", ["euro"] = "EUR",
        ["eur"] = "EUR", ["pound"] = "GBP", ["gbp"] = "GBP",
    };

    private static readonly HashSet<string> Durations = new(StringComparer.Ordinal)
    {
        "second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
    };

    /// <summary>Singular lower-case lemma of an English noun, by the regular rules plus a few irregulars.</summary>
    public static string Lemma(string word)
    {
        string w = word.ToLowerInvariant().Trim('"', '“', '”', '\'', '’');
        if (w is "people" or "persons") return "person";
        if (w is "children") return "child";
        if (w is "men" or "women") return w == "men" ? "man" : "woman";
        if (w is "%" or "per cent" or "percentage") return "percent";
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)
            || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)) return w[..^2];
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.EndsWith("is", StringComparison.Ordinal) && w.Length > 3) return w[..^1];
        return w;
    }

    public static bool IsKnownNoun(string lemma) => KnownNouns.Contains(lemma);

    public static bool LooksPlural(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
        && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal);

    /// <summary>The comparison class of a unit lemma; units of one class measure the same thing.</summary>
    public static string Class(string unit) => Classes.GetValueOrDefault(unit, unit);

    public static bool IsDuration(string? unit) => unit is not null && Durations.Contains(unit);

    public static bool IsCurrency(string? unit) => unit is "USD" or "EUR" or "GBP";
}
