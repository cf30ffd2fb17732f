using System.Globalization;

namespace Summarizer.Facts.Quantities;

/// <summary>Values of numbers written in words or digits, and of the multipliers after them.</summary>
internal static class NumberWords
{
    private static readonly char[] Blanks = [' ', '\t', '\n', '\u00A0'];

    private static readonly Dictionary<string, double> Small = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["a dozen"] = 12, ["a hundred"] = 100,
        ["a thousand"] = 1000,
    };

    /// <summary>Vague amounts, valued at their plausible lower bound.</summary>
    private static readonly Dictionary<string, double> Vague = new(StringComparer.Ordinal)
    {
        ["dozens"] = 24, ["hundreds"] = 200, ["thousands"] = 2000, ["millions"] = 2e6, ["billions"] = 2e9,
        ["tens of thousands"] = 20000, ["hundreds of thousands"] = 200000, ["a few hundred"] = 200,
        ["a few thousand"] = 2000,
    };

    public static bool IsVague(string words) => Vague.ContainsKey(Normalize(words));

    /// <summary>"200,000" → 200000, "twenty-five" → 25, "two hundred" → 200, "thousands" → 2000, "3,5" → 3.5, "٥" → 5; null if not a number.</summary>
    public static double? Parse(string number)
    {
        string n = Normalize(number);
        if (n.Length == 0) return null;
        if (char.IsDigit(n[0]))
            return double.TryParse(ForeignNumbers.Normalize(n).Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
        if (Vague.TryGetValue(n, out var vague)) return vague;
        if (ForeignNumbers.Word(n) is { } foreign) return foreign;
        double total = 0;
        bool any = false;
        foreach (var part in n.Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "hundred") { total = (total == 0 ? 1 : total) * 100; any = true; }
            else if (Small.TryGetValue(part, out var v)) { total += v; any = true; }
            else if (part is not "a") return Small.TryGetValue(n, out var whole) ? whole : null;
        }
        return any ? total : null;
    }

    public static double Multiplier(string? word) => Normalize(word ?? "") switch
    {
        "thousand" or "k" => 1e3,
        "million" or "m" or "mn" => 1e6,
        "billion" or "bn" => 1e9,
        "trillion" => 1e12,
        var other => ForeignNumbers.Multiplier(other) ?? 1,
    };

    private static string Normalize(string s) =>
        string.Join(' ', s.Trim().ToLowerInvariant().Split(Blanks, StringSplitOptions.RemoveEmptyEntries));
}
