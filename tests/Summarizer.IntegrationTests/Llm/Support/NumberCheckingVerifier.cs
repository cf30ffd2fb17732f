using System.Globalization;
using System.Text.RegularExpressions;
using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;
using Summarizer.Verification;

namespace Summarizer.IntegrationTests.Llm.Support;

/// <summary>
/// Test double for the real verifier (not on main yet): every number the summary states must appear in the
/// article text, else an Unsupported finding.
/// </summary>
public sealed partial class NumberCheckingVerifier : ISummaryVerifier
{
    public int Calls;

    public Verdict Verify(Article article, FactSheet facts, StructuredSummary summary)
    {
        Interlocked.Increment(ref Calls);
        var articleNumbers = Numbers(article.Text).ToHashSet();
        var claims = new[] { summary.Headline, summary.Lede }.Concat(summary.KeyPoints.Select(k => k.Text))
            .SelectMany(Numbers)
            .Concat(summary.Quantities.Select(q => q.Value.ToString(CultureInfo.InvariantCulture)))
            .Distinct();
        var findings = claims.Select(n => articleNumbers.Contains(n)
            ? new Finding("quantity", n, FindingStatus.Supported, n)
            : new Finding("quantity", n, FindingStatus.Unsupported, null, Note: "no such figure in the article")).ToList();
        var score = findings.Count == 0 ? 1 : findings.Count(f => f.Status == FindingStatus.Supported) / (double)findings.Count;
        return new Verdict(score, findings);
    }

    public Verdict VerifyText(Article article, FactSheet facts, string summaryText) =>
        Verify(article, facts, new StructuredSummary { Id = article.Id, Headline = "", Lede = summaryText, Engine = "text" });

    private static IEnumerable<string> Numbers(string text) =>
        NumberRegex().Matches(text).Select(m => m.Value.Replace(",", "")).Select(v => double.Parse(v, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));

    [GeneratedRegex(@"\d+(?:,\d{3})*(?:\.\d+)?")]
    private static partial Regex NumberRegex();
}
