using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;
using Summarizer.Verification;

namespace Summarizer.Tests.Pipeline.Stages;

/// <summary>The real extractor under a version the test chooses, counting its calls.</summary>
internal sealed class VersionedExtractor(string version = "rules-1") : IFactExtractor
{
    private readonly FactExtractor _inner = new();
    private int _calls;

    public int Calls => _calls;

    public string Version => version;

    public FactSheet Extract(Article article)
    {
        Interlocked.Increment(ref _calls);
        return _inner.Extract(article);
    }
}

/// <summary>A verifier under a version the test chooses that supports everything, counting its calls.</summary>
internal sealed class VersionedVerifier(string version = "verifier-1") : ISummaryVerifier
{
    private int _calls;

    public int Calls => _calls;

    public string Version => version;

    public Verdict Verify(Article article, FactSheet facts, StructuredSummary summary)
    {
        Interlocked.Increment(ref _calls);
        return new Verdict(1, [new Finding("headline", summary.Headline, FindingStatus.Supported, summary.Lede, 0, summary.Lede.Length)]);
    }

    public Verdict VerifyText(Article article, FactSheet facts, string summaryText) => new(1, []);
}
