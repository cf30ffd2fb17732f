using Summarizer.Facts;
using Summarizer.Summaries.Extractive;
using Summarizer.Verification;

namespace Summarizer.Evaluation.Consistency;

/// <summary>
/// The guard against a verifier that ranks well on benchmarks but flags our own faithful output: the extractive
/// engine's summary of each article (sentences copied from it) is verified, and the ones not verified clean are listed.
/// </summary>
public static class ExtractiveSelfCheck
{
    /// <summary>How many articles were checked and a description of each summary that did not verify clean.</summary>
    public static (int Checked, List<string> Flagged) Run(IEnumerable<string> articleTexts, ConsistencyScorer scorer, CancellationToken cancellationToken = default)
    {
        var extractor = new FactExtractor();
        var engine = new ExtractiveSummaryEngine();
        var verifier = new SummaryVerifier(extractor);
        var texts = articleTexts.Distinct().ToList();
        var flagged = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(texts, new ParallelOptions { CancellationToken = cancellationToken }, text =>
        {
            var article = scorer.Article(text);
            if (article is null) return;
            var facts = extractor.Extract(article);
            var verdict = verifier.Verify(article, facts, engine.Summarize(article, facts));
            if (!verdict.IsVerified)
                flagged.Add($"{text[..Math.Min(60, text.Length)]}…: " + string.Join("; ", verdict.Findings
                    .Where(f => f.Status != Summaries.FindingStatus.Supported).Select(f => $"{f.Kind} '{f.Claim}' ({f.Note})")));
        });
        return (texts.Count, flagged.Order(StringComparer.Ordinal).ToList());
    }
}
