using Summarizer.Summaries;
using Summarizer.Tests.TestSupport;
using static Summarizer.Tests.Verification.VerifierFixture;

namespace Summarizer.Tests.Verification.Checks;

/// <summary>
/// An acronym whose letters are not the English initials of its name ("FSB" for the Federal Security Service, "GOP"
/// for the Republican Party, "DPRK" for North Korea) stands for it where the article pairs the two; a summary using
/// either is supported. An acronym the article never pairs with the name is still a swap ("NATO" for "United Nations").
/// </summary>
public class AcronymPairTests
{
    private static readonly Summarizer.Articles.Article Fsb = Repo.FromText(
        "Officers of Russia's Federal Security Service (FSB) detained two men in Moscow on Monday. " +
        "The Federal Security Service said the men had planned an attack on a railway. " +
        "The FSB said both men were held in custody.");

    private static readonly Summarizer.Articles.Article FsbDescribed = Repo.FromText(
        "The FSB, Russia's security service, detained two men in Moscow on Monday. " +
        "The FSB said the men had planned an attack on a railway.");

    private static readonly Summarizer.Articles.Article FsbAfter = Repo.FromText(
        "The FSB, Russia's Federal Security Service, detained two men in Moscow on Monday. " +
        "The Federal Security Service said the men had planned an attack on a railway.");

    private static readonly Summarizer.Articles.Article Gop = Repo.FromText(
        "Leaders of the Republican Party, or GOP, met in Ohio on Tuesday. " +
        "The Republican Party leader said the vote would be close. The GOP lost the seat in 2018.");

    private static readonly Summarizer.Articles.Article Dprk = Repo.FromText(
        "North Korea (DPRK) tested a missile on Friday, officials in Seoul said. " +
        "Officials said North Korea launched the missile from its east coast. The DPRK denied the report.");

    public static TheoryData<Summarizer.Articles.Article, string> Paired => new()
    {
        { Fsb, "The FSB said the men had planned an attack on a railway." },
        { Fsb, "The Federal Security Service said both men were held in custody." },
        { FsbAfter, "The FSB said the men had planned an attack on a railway." },
        { FsbDescribed, "Russia's security service said the men had planned an attack on a railway." },
        { FsbDescribed, "The FSB said the men had planned an attack on a railway." },
        { Gop, "The GOP leader said the vote would be close." },
        { Dprk, "Officials said the DPRK launched the missile from its east coast." },
        { Dprk, "North Korea denied the report." },
    };

    [WordNetTheory]
    [MemberData(nameof(Paired))]
    public void An_acronym_the_article_pairs_with_its_name_is_supported_either_way(Summarizer.Articles.Article article, string summary)
    {
        var verdict = VerifyText(article, summary);
        Assert.DoesNotContain(verdict.Findings, f => f.Status != FindingStatus.Supported);
        Assert.True(verdict.IsVerified);
    }

    private static readonly Summarizer.Articles.Article Unpaired = Repo.FromText(
        "Italy could send peacekeepers to Ukraine only under the United Nations flag, the minister said. " +
        "NATO leaders met in Brussels on Monday, and the United Nations and NATO agreed.");

    [WordNetTheory]
    [InlineData("Italy could send peacekeepers to Ukraine only under the NATO flag, the minister said.", "united nations", "nato")]
    public void An_acronym_the_article_never_pairs_with_the_name_is_still_a_swap(string summary, string articleWords, string summaryWord)
    {
        var wording = VerifyText(Unpaired, summary).Findings.Where(f => f.Kind == "wording").ToList();
        Assert.Equal($"the article says '{articleWords}' where the summary says '{summaryWord}'", Assert.Single(wording).Note);
    }
}
