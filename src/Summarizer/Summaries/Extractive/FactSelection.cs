using Summarizer.Facts;

namespace Summarizer.Summaries.Extractive;

/// <summary>Chooses which of an article's facts a summary lists: those in the chosen sentences first, then the most mentioned.</summary>
internal static class FactSelection
{
    public static IReadOnlyList<SummaryPerson> People(FactSheet facts, IReadOnlySet<int> cited, int max) =>
        facts.People
            .OrderByDescending(p => p.Mentions.Any(m => cited.Contains(m.SentenceId)))
            .ThenByDescending(p => p.Mentions.Count)
            .ThenBy(p => p.Mentions.Count > 0 ? p.Mentions.Min(m => m.Span.Start) : int.MaxValue)
            .Take(max)
            .Select(p => new SummaryPerson(p.Name, p.Roles.Select(r => r.Role).Distinct(StringComparer.OrdinalIgnoreCase).ToList()))
            .ToList();

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

    public static IReadOnlyList<SummaryQuote> Quotes(FactSheet facts, IReadOnlySet<int> cited) =>
        facts.Quotes
            .Where(q => q.Speaker is not null)
            .OrderByDescending(q => cited.Contains(q.SentenceId))
            .ThenBy(q => q.Span.Start)
            .Take(3)
            .Select(q => new SummaryQuote(q.Text, q.Speaker, q.SentenceId))
            .ToList();
}
