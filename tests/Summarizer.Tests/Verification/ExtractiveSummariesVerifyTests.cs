using Summarizer.Summaries;
using Summarizer.Facts;
using Summarizer.Summaries.Extractive;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification;

namespace Summarizer.Tests.Verification;

/// <summary>The offline engine's own summaries must verify clean: everything they state is in the article.</summary>
public class ExtractiveSummariesVerifyTests
{
    public static TheoryData<int> Seeds() => new() { 0, 1, 2, 3, 4 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_claim_of_an_extractive_summary_is_supported(int seed)
    {
        var article = Repo.Seed(seed);
        var facts = new FactExtractor().Extract(article);
        var summary = new ExtractiveSummaryEngine().Summarize(article, facts);

        var verdict = new SummaryVerifier().Verify(article, facts, summary);

        // Something must have been checked, or "verified" would mean nothing.
        Assert.True(verdict.Findings.Count >= 10, $"only {verdict.Findings.Count} findings for seed {seed}");
        var problems = verdict.Findings.Where(f => f.Status != FindingStatus.Supported).Select(f => $"{f.Kind}: {f.Claim} ({f.Note})");
        Assert.True(verdict.IsVerified, string.Join("; ", problems));
        // The score is the model's probability of consistency: sentences copied from the article must rank as likely.
        Assert.True(verdict.Score > 0.5, $"score {verdict.Score:0.000} for seed {seed}");
    }

    [Fact]
    public void Summaries_of_articles_whose_title_says_more_than_the_body_still_verify()
    {
        // The variants move each seed's first line into the title, so the title names what the body may not.
        foreach (var raw in Summarizer.Testing.SeedArticles.Variants(5))
        {
            var article = new Summarizer.Articles.ArticleFactory().Create(raw);
            var facts = new FactExtractor().Extract(article);
            var verdict = new SummaryVerifier().Verify(article, facts, new ExtractiveSummaryEngine().Summarize(article, facts));

            var problems = verdict.Findings.Where(f => f.Status != FindingStatus.Supported).Select(f => $"{f.Kind}: {f.Claim} ({f.Note})");
            Assert.True(verdict.IsVerified, raw.Source + ": " + string.Join("; ", problems));
            Assert.Contains(verdict.Findings, f => f.Kind == "headline");
        }
    }
}
