using Summarizer.Articles;
using Summarizer.Llm.Schema;
using Summarizer.Summaries;
using Summarizer.Verification;

namespace Summarizer.Llm.Engine;

/// <summary>Builds a <see cref="StructuredSummary"/> from a model reply and checks its sentence citations.</summary>
internal static class SummaryMapper
{
    public static StructuredSummary ToSummary(LlmSummaryDto dto, Article article, string engine) => new()
    {
        Id = article.Id,
        Title = article.Title,
        Outlet = article.Outlet,
        Headline = dto.Headline.Trim(),
        Lede = dto.Lede.Trim(),
        KeyPoints = dto.KeyPoints.Select(k => new KeyPoint(k.Text.Trim(), k.SentenceIds.Distinct().ToList())).ToList(),
        People = dto.People.Select(p => new SummaryPerson(p.Name.Trim(), p.Roles.Where(r => r.Length > 0).ToList())).ToList(),
        Organisations = dto.Organisations.Where(o => o.Length > 0).ToList(),
        Places = dto.Places.Where(p => p.Length > 0).ToList(),
        Quantities = dto.Quantities.Select(q => new SummaryQuantity(q.Value, NullIfEmpty(q.Unit), NullIfEmpty(q.Qualifier), q.SentenceId, NullIfEmpty(q.Text))).ToList(),
        Quotes = dto.Quotes.Select(q => new SummaryQuote(q.Text, NullIfEmpty(q.Speaker), q.SentenceId)).ToList(),
        Engine = engine,
    };

    /// <summary>
    /// Citations of sentences the article does not have. The verifier matches facts, not ids, so the engine checks
    /// these itself; they only ever make a summary fail, never pass.
    /// </summary>
    public static List<Finding> InvalidCitations(StructuredSummary s, Article article)
    {
        var findings = new List<Finding>();
        void Check(string kind, string claim, int id)
        {
            if (article.SentenceById(id) is null)
                findings.Add(new Finding("sentence-id", $"{kind} \"{claim}\" cites sentence {id}", FindingStatus.Unsupported, null,
                    Note: $"valid sentence ids are 0 to {article.Sentences.Count - 1}"));
            else if (article.IsAddressedToModel(id))
                findings.Add(new Finding("sentence-id", $"{kind} \"{claim}\" cites sentence {id}", FindingStatus.Unsupported, null,
                    Note: "that sentence speaks to a language model, not to readers, and was withheld"));
        }
        foreach (var k in s.KeyPoints)
        {
            if (k.SentenceIds.Count == 0)
                findings.Add(new Finding("sentence-id", $"key point \"{k.Text}\" cites no sentence", FindingStatus.Unsupported, null));
            foreach (var id in k.SentenceIds) Check("key point", k.Text, id);
        }
        foreach (var q in s.Quantities) Check("quantity", q.Text ?? q.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), q.SentenceId);
        foreach (var q in s.Quotes) Check("quote", q.Text, q.SentenceId);
        return findings;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
