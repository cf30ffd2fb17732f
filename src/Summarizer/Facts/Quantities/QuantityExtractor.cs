using System.Text.RegularExpressions;
using Summarizer.Articles;
using Summarizer.Facts.Lexicons;
using Summarizer.Text;

namespace Summarizer.Facts.Quantities;

/// <summary>
/// Finds numbers in digits and words with their qualifier, range, multiplier and counted noun. Years used as
/// dates and numbers inside date phrases are skipped (they are <see cref="DateFact"/>s), as are ordinals and
/// small word numbers with no counted noun after them ("one of the").
/// </summary>
internal static class QuantityExtractor
{
    public static List<QuantityFact> Extract(Article article, IReadOnlyList<DateFact> dates)
    {
        string text = article.Text;
        var found = new List<QuantityFact>();
        int d = 0;
        foreach (Match m in AnchoredMatches.Find(QuantityPattern.QuantityAt(), text, QuantityPattern.CanStart))
        {
            while (d < dates.Count && dates[d].Span.End <= m.Index) d++;
            var num = m.Groups["num"];
            if (d < dates.Count && dates[d].Span.Start <= num.Index && num.Index < dates[d].Span.End) continue;
            var q = Build(text, m);
            if (q is null) continue;
            found.Add(q with { SentenceId = article.SentenceIdAt(q.Span.Start) });
        }
        return found;
    }

    private static QuantityFact? Build(string text, Match m)
    {
        var num = m.Groups["num"];
        var mult = m.Groups["mult"];
        int after = num.Index + num.Length;
        // "5th", "G7x": digits glued to letters that are not a multiplier are not quantities.
        if (!mult.Success && after < text.Length && char.IsLetter(text[after]) && char.IsDigit(num.Value[^1])) return null;
        if (after < text.Length && text[after] == ':') return null;
        double? value = NumberWords.Parse(num.Value);
        if (value is null) return null;
        bool vague = NumberWords.IsVague(num.Value);
        bool money = m.Groups["cur"].Success;
        value *= NumberWords.Multiplier(mult.Value);
        double? upper = null;
        if (m.Groups["num2"].Success && NumberWords.Parse(m.Groups["num2"].Value) is { } v2)
        {
            double m2 = m.Groups["mult2"].Success ? NumberWords.Multiplier(m.Groups["mult2"].Value) : NumberWords.Multiplier(mult.Value);
            // "100 to 150,000" reads as 100,000–150,000 only when the first has no multiplier of its own and is smaller.
            upper = v2 * m2;
            if (!mult.Success && m.Groups["mult2"].Success && value < upper / 1000) value *= m2;
        }

        string? unit = null;
        int end = m.Index + m.Length;
        if (IsTally(text, m, value.Value, upper)) unit = Units.Score;
        else if (IsAge(text, m, value.Value)) unit = Units.Age;
        else if (m.Groups["pct"].Success) unit = "percent";
        else if (m.Groups["fcur"].Success) unit = ForeignNumbers.Currency(m.Groups["fcur"].Value);
        // "£100,000-a-week" is a rate: "a" counts nothing.
        else if (m.Groups["hunit"].Success && !Words.IsFunction(m.Groups["hunit"].Value)) unit = Units.Lemma(m.Groups["hunit"].Value);
        else if (FindUnit(text, end, vague || mult.Success, value.Value) is { } u) { unit = u.Unit; end = u.End; }
        // "the 24-year-old", "24 years old": an age, not a span of years.
        if (unit == "year" && AgeEnding(text, end) is int old and > 0) { unit = Units.Age; end += old; }
        if (money) unit = m.Value.Contains('€') ? "EUR" : m.Value.Contains('£') ? "GBP" : "USD";
        else if (unit is "dollar" or "euro" or "pound") { unit = Units.Class(unit); money = true; }
        else if (m.Groups["fcur"].Success) money = true;

        bool isDigits = char.IsDigit(num.Value[0]);
        if (!isDigits && !vague && value < 10 && (unit is null || (value == 1 && !Units.IsKnownNoun(unit)))) return null;
        if (IsYear(num.Value, m, unit)) return null;

        string? qualifier = m.Groups["qual"].Success ? Qualifiers.Normalize(m.Groups["qual"].Value) : vague ? Qualifiers.Normalize(num.Value) : null;
        var kind = money ? QuantityKind.Money : unit == "percent" ? QuantityKind.Percent : Units.IsDuration(unit) ? QuantityKind.Duration : QuantityKind.Count;
        // "between" belongs to the quantity only when a range follows it ("talks between 37 countries").
        int start = m.Groups["qual"].Success || upper is not null ? m.Index : m.Groups["cur"].Success ? m.Groups["cur"].Index : num.Index;
        // "thousands" of troops: a counted noun found past a closing quotation mark takes the opening one too, so the
        // figure's text never holds half a pair.
        if (start > 0 && IsQuoteMark(text[start - 1]) && text.AsSpan(num.Index + num.Length, end - num.Index - num.Length).IndexOfAny("\"”’»") >= 0) start--;
        return new QuantityFact(text[start..end], value.Value, upper, unit, qualifier, new TextSpan(start, end - start), -1) { Kind = kind };
    }

    // "beat City 3-1", "a 2–2 draw", "passed 52-48": two whole numbers joined by a bare dash, the second no larger
    // than the first, are a score or a tally (a range runs upwards). Neither number counts what follows it.
    private static bool IsTally(string text, Match m, double value, double? upper)
    {
        var (num, num2) = (m.Groups["num"], m.Groups["num2"]);
        if (upper is not { } second || second > value || value >= 1000 || m.Groups["mult"].Success || m.Groups["cur"].Success || m.Groups["pct"].Success) return false;
        if (!num.Value.All(char.IsDigit) || !num2.Value.All(char.IsDigit)) return false;
        return num2.Index == num.Index + num.Length + 1 && text[num.Index + num.Length] is '-' or '–' or '—';
    }

    // "Hale, 24, scored twice", "his wife, 34, and …", "aged 24": a whole number set off by commas after a word, or
    // after "aged" with no unit of time of its own ("aged 18 months" is 18 months), is an age.
    private static bool IsAge(string text, Match m, double value)
    {
        var num = m.Groups["num"];
        if (m.Index != num.Index || m.Groups["num2"].Success || m.Groups["mult"].Success || m.Groups["pct"].Success) return false;
        if (!int.TryParse(num.Value, out int age) || age is < 1 or > 119) return false;
        int after = num.Index + num.Length;
        if (text.AsSpan(0, num.Index).EndsWith("aged ", StringComparison.OrdinalIgnoreCase))
            return FindUnit(text, after, allowOf: false, value) is not { } unit || !Units.IsDuration(unit.Unit);
        int comma = num.Index - 2;
        if (comma < 1 || text[comma] != ',' || text[comma + 1] != ' ' || !char.IsLetter(text[comma - 1])) return false;
        return after < text.Length && (text[after] == ',' || text.AsSpan(after).StartsWith(" and ", StringComparison.Ordinal));
    }

    // "-old", "-olds", " old", " - old" as word-tokenised text writes it, and " of age"; never "older".
    private static int AgeEnding(string text, int end)
    {
        var rest = text.AsSpan(end);
        foreach (var ending in (ReadOnlySpan<string>)["-olds", "-old", " old", " - old", " of age"])
            if (rest.StartsWith(ending, StringComparison.OrdinalIgnoreCase) && (rest.Length == ending.Length || !char.IsLetter(rest[ending.Length]))) return ending.Length;
        return 0;
    }

    private static bool IsQuoteMark(char c) => c is '"' or '“' or '‘' or '«';

    private static bool IsYear(string num, Match m, string? unit) =>
        num.Length == 4 && int.TryParse(num, out int year) && year is >= 1800 and <= 2100
        && !m.Groups["cur"].Success && !m.Groups["mult"].Success && !m.Groups["pct"].Success && !m.Groups["qual"].Success
        && (unit is null || !Units.IsKnownNoun(unit));

    /// <summary>
    /// The counted noun after a number: within the next three words (capitalised adjectives such as "European"
    /// are skipped, a function word ends the search), the first known noun, else the first plural-looking word.
    /// </summary>
    private static (string Unit, int End)? FindUnit(string text, int pos, bool allowOf, double value)
    {
        (string, int)? plural = null, first = null;
        for (int i = 0; i < 4; i++)
        {
            var w = QuantityPattern.NextWord().Match(text, pos);
            if (!w.Success) break;
            string word = w.Groups["w"].Value;
            pos = w.Index + w.Length;
            if (i == 0 && allowOf && word == "of") continue;
            if (char.IsUpper(word[0])) { if (Countries.IsCountryOrNationality(word) || i == 0) continue; break; }
            if (Words.IsFunction(word)) break;
            string lemma = Units.Lemma(word);
            if (Units.IsKnownNoun(lemma)) return (lemma, pos);
            if (Units.LooksPlural(word)) plural ??= (lemma, pos);
            first ??= (lemma, pos);
        }
        return plural ?? (value == 1 ? first : null);
    }
}
