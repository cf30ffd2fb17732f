using System.Text.RegularExpressions;

namespace Summarizer.Evaluation.Consistency.Training;

/// <summary>
/// Inconsistent summaries made from consistent ones by rule, after FactCC (Kryscinski et al. 2020, "Evaluating the
/// Factual Consistency of Abstractive Text Summarization"): one name or number of the summary swapped for another
/// of the same article (a misattribution the article's words hide) or for one from another article (an extrinsic
/// error, the kind annotators mark most on XSum), or a verb negated. Only for training: cross-validation scores
/// held-out real rows only.
/// </summary>
public static partial class SyntheticNegatives
{
    /// <summary>
    /// One perturbed copy of <paramref name="summary"/>, or null when it holds nothing to perturb.
    /// <paramref name="articleNames"/>: the article's capitalised words away from sentence starts (its names);
    /// <paramref name="foreignNames"/>: names from other articles.
    /// </summary>
    public static string? Make(string summary, IReadOnlyList<string> articleNames, IReadOnlyList<string> foreignNames, Random random)
    {
        var names = new HashSet<string>(articleNames, StringComparer.OrdinalIgnoreCase);
        var words = WordPattern().Matches(summary).Where(m => names.Contains(m.Value)).ToList();
        var numbers = NumberPattern().Matches(summary).ToList();
        var choices = new List<Func<string?>>();
        if (words.Count > 0)
        {
            choices.Add(() => Replace(summary, words[random.Next(words.Count)], Pick(articleNames, random)));
            choices.Add(() => Replace(summary, words[random.Next(words.Count)], Pick(foreignNames, random)));
        }
        if (numbers.Count > 0)
            choices.Add(() =>
            {
                var number = numbers[random.Next(numbers.Count)];
                return summary[..number.Index] + (int.Parse(number.Value[..Math.Min(6, number.Value.Length)], System.Globalization.CultureInfo.InvariantCulture) + 1 + random.Next(9)) + summary[(number.Index + number.Length)..];
            });
        if (AuxiliaryPattern().Match(summary) is { Success: true } aux)
            choices.Add(() => summary[..(aux.Index + aux.Length)] + " not" + summary[(aux.Index + aux.Length)..]);
        return choices.Count == 0 ? null : choices[random.Next(choices.Count)]();
    }

    /// <summary>Capitalised words of a text away from sentence starts: the names a swap may use.</summary>
    public static List<string> NamesIn(string text) =>
        [.. MidSentenceCapitalPattern().Matches(text).Select(m => m.Groups[1].Value).Where(w => w.Length > 2).Distinct(StringComparer.Ordinal)];

    private static string? Pick(IReadOnlyList<string> names, Random random) => names.Count == 0 ? null : names[random.Next(names.Count)];

    private static string? Replace(string summary, Match word, string? replacement)
    {
        if (replacement is null || string.Equals(replacement, word.Value, StringComparison.OrdinalIgnoreCase)) return null;
        // Keep the summary's casing style: a lower-cased summary gets a lower-cased name.
        if (!word.Value.Any(char.IsUpper)) replacement = replacement.ToLowerInvariant();
        return summary[..word.Index] + replacement + summary[(word.Index + word.Length)..];
    }

    [GeneratedRegex(@"\p{L}[\p{L}'-]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<![\d.,])\d+(?![\d.,]*\d)")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\b(is|was|are|were|has|have|had|will|would|can|could)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AuxiliaryPattern();

    [GeneratedRegex(@"(?<=[\p{Ll},;] )(\p{Lu}\p{L}+)")]
    private static partial Regex MidSentenceCapitalPattern();
}
