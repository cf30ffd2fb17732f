using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Facts.Quotes;
using Summarizer.Text;
using Summarizer.Verification.Matching;

namespace Summarizer.Summaries.Extractive;

/// <summary>Chooses which of an article's facts a summary lists: those in the chosen sentences first, then the most important.</summary>
internal static class FactSelection
{
    private const int MaxQuotes = 3;
    private const int MaxQuotesTried = 24;

    /// <summary>
    /// The <paramref name="max"/> most important people, and after them anyone else the article quotes directly: a
    /// quoted source is always listed, so a reader sees who speaks in the story.
    /// </summary>
    public static IReadOnlyList<SummaryPerson> People(Article article, FactSheet facts, IReadOnlySet<int> cited, int max)
    {
        var ranked = PeopleRanking.Rank(article, facts, cited);
        var quoted = facts.Quotes.Where(q => q.Speaker is not null && QuoteExtractor.IsStatement(q.Text)).Select(q => q.Speaker!).ToHashSet(StringComparer.Ordinal);
        return ranked.Take(max).Concat(ranked.Skip(max).Where(p => quoted.Contains(p.Name)))
            .Select(p => new SummaryPerson(p.Name, DistinctRoles(p.Roles.Select(r => r.Role))))
            .ToList();
    }

    public static IReadOnlyList<string> Named(IReadOnlyList<NamedFact> named, int max) =>
        named.OrderByDescending(n => n.Mentions.Count)
            .ThenBy(n => n.Mentions.Count > 0 ? n.Mentions.Min(m => m.Span.Start) : int.MaxValue)
            .Take(max)
            .Select(n => n.Name)
            .ToList();

    public static IReadOnlyList<SummaryQuantity> Quantities(FactSheet facts, IReadOnlySet<int> cited) =>
        facts.Quantities
            .Where(q => cited.Contains(q.SentenceId))
            .Select(q => new SummaryQuantity(q.Value, q.Unit, q.Qualifier, q.SentenceId, q.Text))
            .ToList();

    /// <summary>
    /// Statements with a speaker, those in the chosen sentences first. A quotation whose words the article also has
    /// elsewhere (a phrase repeated by another speaker, or first in the writer's voice) is left out: a reader could not
    /// tell which occurrence it stands for.
    /// </summary>
    public static IReadOnlyList<SummaryQuote> Quotes(Article article, FactSheet facts, IReadOnlySet<int> cited)
    {
        string words = WordsOnly(article.Text);
        // Each look-up scans the whole text, so only the first candidates in order are tried: linear in the length.
        return facts.Quotes
            .Where(q => q.Speaker is not null && QuoteExtractor.IsStatement(q.Text))
            .OrderByDescending(q => cited.Contains(q.SentenceId))
            .ThenBy(q => q.Span.Start)
            .Take(MaxQuotesTried)
            .Where(q => OccursOnce(words, WordsOnly(q.Text)))
            .Take(MaxQuotes)
            .Select(q => new SummaryQuote(q.Text, q.Speaker, q.SentenceId))
            .ToList();
    }

    /// <summary>The roles in the order given, without those whose words another of the list already holds ("President" beside "Ukrainian President").</summary>
    internal static IReadOnlyList<string> DistinctRoles(IEnumerable<string> roles)
    {
        var list = roles.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return list.Where(r => !list.Any(other => !ReferenceEquals(other, r) && other.Length > r.Length && Words(r).IsSubsetOf(Words(other)))).ToList();
    }

    private static HashSet<string> Words(string role) =>
        new(role.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => TextFold.Fold(w.Trim('.', ','))), StringComparer.Ordinal);

    /// <summary>Folded letters and digits, one space between words, spaces at both ends: punctuation and case aside.</summary>
    private static string WordsOnly(string text) => " " + NormalizedText.Normalize(text) + " ";

    private static bool OccursOnce(string haystack, string needle)
    {
        if (needle.Trim().Length == 0) return false;
        int first = haystack.IndexOf(needle, StringComparison.Ordinal);
        return first >= 0 && haystack.IndexOf(needle, first + 1, StringComparison.Ordinal) < 0;
    }
}
