using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Summaries;
using Summarizer.Verification;
using Summarizer.Verification.Alignment;
using Summarizer.Tests.Facts;

namespace Summarizer.Tests.Verification;

/// <summary>Shortcuts for verifying a summary against a seed or a written article.</summary>
internal static class VerifierFixture
{
    private static readonly SummaryVerifier Verifier = new();

    public static Verdict Verify(Article article, StructuredSummary summary) =>
        Verifier.Verify(article, TestArticles.FactsOf(article), summary);

    public static Verdict VerifyText(Article article, string text) =>
        Verifier.VerifyText(article, TestArticles.FactsOf(article), text);

    /// <summary>The summary's words aligned with the article's as the verifier aligns them where WordNet is not installed.</summary>
    public static SummaryAlignment AlignedWithoutWordNet(Article article, string text) =>
        new(text, ArticleIndexCache.For(article), lexicon: null);

    public static StructuredSummary Summary(
        IReadOnlyList<SummaryPerson>? people = null, IReadOnlyList<SummaryQuantity>? quantities = null,
        IReadOnlyList<SummaryQuote>? quotes = null, IReadOnlyList<KeyPoint>? keyPoints = null,
        IReadOnlyList<string>? organisations = null, IReadOnlyList<string>? places = null) => new()
    {
        Id = "test", Headline = "", Lede = "", Engine = "test",
        People = people ?? [], Quantities = quantities ?? [], Quotes = quotes ?? [], KeyPoints = keyPoints ?? [],
        Organisations = organisations ?? [], Places = places ?? [],
    };

    public static Finding Only(Verdict verdict, string kind) => Assert.Single(verdict.Findings, f => f.Kind == kind);
}
