using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer.Comparisons.Quantities;

/// <summary>The numbers a text states, scaled words applied, so "30,000", "30 thousand" and "30k" are all 30000.</summary>
internal static partial class NumberScanner
{
    public static List<double> Numbers(string text)
    {
        var numbers = new List<double>();
        foreach (Match m in NumberPattern().Matches(text))
        {
            string digits = m.Groups[1].Value;
            // "30,000" groups thousands; "1,5" (a decimal comma) does not have three digits after it.
            digits = Regex.IsMatch(digits, @"^\d{1,3}(,\d{3})+(\.\d+)?$") ? digits.Replace(",", "") : digits.Replace(',', '.');
            if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)) continue;
            value *= m.Groups[2].Value.ToLowerInvariant() switch
            {
                "thousand" or "k" => 1e3,
                "million" or "mln" => 1e6,
                "billion" or "bn" => 1e9,
                "trillion" => 1e12,
                _ => 1,
            };
            numbers.Add(value);
        }
        return numbers;
    }

    /// <summary>Whether every number of <paramref name="value"/> is stated in <paramref name="text"/>.</summary>
    public static bool AllStated(string value, string text)
    {
        var wanted = Numbers(value);
        if (wanted.Count == 0) return false;
        var stated = Numbers(text);
        return wanted.All(w => stated.Any(s => Math.Abs(s - w) <= 1e-9 * Math.Max(Math.Abs(s), Math.Abs(w))));
    }

    [GeneratedRegex(@"(?<![\p{L}\d])(\d+(?:[.,]\d+)*)(?:\s*-?\s*(thousand|million|mln|billion|bn|trillion|k)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();
}
