using Summarizer.Summaries;
using Summarizer.Verification;
using static Summarizer.Tests.Facts.TestArticles;
using static Summarizer.Tests.Verification.VerifierFixture;

namespace Summarizer.Tests.Verification;

public class QuantityVerificationTests
{
    private static Finding Check(string seed, double value, string? unit, string? qualifier = null) =>
        Only(Verify(Seed(seed), Summary(quantities: [new SummaryQuantity(value, unit, qualifier, -1)])), "quantity");

    [Fact]
    public void A_figure_in_the_article_is_supported_with_its_evidence()
    {
        var f = Check("000", 200000, "peacekeepers", "at least");
        Assert.Equal(FindingStatus.Supported, f.Status);
        Assert.Equal("at least 200,000 peacekeepers", f.Evidence);
        Assert.Equal("at least 200,000 peacekeepers", Seed("000").Text.Substring(f.EvidenceStart, f.EvidenceLength));
    }

    [Fact]
    public void Same_counted_noun_with_another_value_is_contradicted()
    {
        var f = Check("004", 37, "nations");
        Assert.Equal(FindingStatus.Contradicted, f.Status);
        Assert.Equal("35-nation", f.Evidence);
    }

    [Fact]
    public void A_figure_nowhere_in_the_article_is_unsupported()
    {
        Assert.Equal(FindingStatus.Unsupported, Check("000", 40, "submarines").Status);
    }

    [Fact]
    public void Normalised_forms_match()
    {
        Assert.Equal(FindingStatus.Supported, Check("001", 30000, "people", "less than").Status);
        Assert.Equal(FindingStatus.Supported, Check("000", 150000, "troops").Status);
    }

    [Fact]
    public void Opposite_bounds_contradict()
    {
        var f = Check("001", 30000, "people", "more than");
        Assert.Equal(FindingStatus.Contradicted, f.Status);
        Assert.Contains("less than", f.Evidence);
    }

    [Fact]
    public void A_bounded_figure_stated_as_exact_is_unsupported()
    {
        var article = FromText("At the end of January, the president said Ukraine would need at least 200,000 peacekeepers.");
        var exact = Only(Verify(article, Summary(quantities: [new SummaryQuantity(200000, "peacekeepers", null, 0)])), "quantity");
        Assert.Equal(FindingStatus.Unsupported, exact.Status);
        var hedged = Only(Verify(article, Summary(quantities: [new SummaryQuantity(200000, "peacekeepers", "about", 0)])), "quantity");
        Assert.Equal(FindingStatus.Supported, hedged.Status);
    }

    [Fact]
    public void Figures_in_free_text_are_normalised_before_comparing()
    {
        var article = FromText("Officials said 200,000 troops would be needed, while 15 countries offered forces.");
        var verdict = VerifyText(article, "Officials want 200k troops. 15 countries offered forces.");
        Assert.All(verdict.Findings.Where(f => f.Kind == "quantity"), f => Assert.Equal(FindingStatus.Supported, f.Status));
        Assert.Equal(2, verdict.Findings.Count(f => f.Kind == "quantity"));
        var wrong = VerifyText(article, "Officials said 250,000 troops would be needed.");
        Assert.Equal(FindingStatus.Contradicted, Only(wrong, "quantity").Status);
    }
}
