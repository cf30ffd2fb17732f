using System.Globalization;

namespace Summarizer.Verification.Alignment;

/// <summary>
/// The value a number token stands for, with the scale word after it: "3.5" + "m" / "million" → 3,500,000,
/// "2,000" → 2000, "twelve" → 12, "5bn" → 5e9. Words that are not numbers give null.
/// </summary>
internal static class NumberValue
{
    private static readonly Dictionary<string, double> Words = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
        ["ninety"] = 90, ["hundred"] = 100, ["thousand"] = 1000, ["million"] = 1e6, ["billion"] = 1e9, ["dozen"] = 12,
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["twice"] = 2, ["half"] = 0.5, ["once"] = 1, ["double"] = 2,
        ["triple"] = 3, ["single"] = 1,
    };

    /// <summary>True for a digit token or a number word.</summary>
    public static bool IsNumeric(string folded) => folded.Length > 0 && (char.IsDigit(folded[0]) || Words.ContainsKey(folded));

    /// <summary>True for a number written in digits with a value we can read (not "1st", "m25").</summary>
    public static double? Of(string folded, string? next)
    {
        if (folded.Length == 0) return null;
        if (Words.TryGetValue(folded, out var word)) return word;
        if (!char.IsDigit(folded[0])) return null;
        int end = 0;
        while (end < folded.Length && (char.IsDigit(folded[end]) || folded[end] == '.')) end++;
        if (!double.TryParse(folded.AsSpan(0, end), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return null;
        string suffix = folded[end..];
        double scale = Scale(suffix.Length > 0 ? suffix : next);
        if (suffix.Length > 0 && scale == 1 && suffix is not ("s" or "st" or "nd" or "rd" or "th")) return suffix.All(char.IsLetter) ? value : null;
        return value * scale;
    }

    /// <summary>The values a number may be read as: itself, and (for a bare value before a scale word) the scaled value.</summary>
    public static double Scale(string? word) => word switch
    {
        "k" or "thousand" => 1e3,
        "m" or "mn" or "million" or "millions" => 1e6,
        "bn" or "b" or "billion" or "billions" => 1e9,
        "trillion" or "tn" => 1e12,
        _ => 1,
    };
}
