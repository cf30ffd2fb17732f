using Summarizer.Summaries.Extractive;
using Summarizer.Tests.TestSupport;
using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Summaries.Extractive;

public class FactSelectionTests
{
    [Fact]
    public void Lists_the_most_important_people_not_the_first_named()
    {
        var article = FromText(string.Join(" ",
            "Fishing talks opened in Oslo on Monday.",
            "Foreign Ministry spokesperson Anna Berg said the talks were going well.",
            "Deputy harbour master Ole Lund watched the boats.",
            "Prime Minister Lars Holm said the dispute would end within a week.",
            "Holm later met the fishing crews."));
        var facts = FactsOf(article);
        var people = FactSelection.People(article, facts, new HashSet<int>(), max: 2).Select(p => p.Name).ToList();
        Assert.Equal("Lars Holm", people[0]);
        Assert.DoesNotContain("Ole Lund", people);
    }

    [Fact]
    public void A_person_the_article_quotes_is_listed_beyond_the_limit()
    {
        var article = FromText(string.Join(" ",
            "Prime Minister Lars Holm said the dispute would end within a week.",
            "Foreign Minister Eva Dahl met the fishing crews.",
            "\"The boats will be back in harbour by Friday,\" said fisherman Tom Hale.",
            "Deputy harbour master Jack Moore watched the boats."));
        var facts = FactsOf(article);
        var people = FactSelection.People(article, facts, new HashSet<int>(), max: 2).Select(p => p.Name).ToList();
        Assert.Equal(["Lars Holm", "Eva Dahl", "Tom Hale"], people);
    }

    [Fact]
    public void People_named_in_the_summary_come_first()
    {
        var article = FromText("Prime Minister Lars Holm spoke on Monday. Later, fisherman Ole Lund said the boats had returned.");
        var facts = FactsOf(article);
        var first = FactSelection.People(article, facts, new HashSet<int> { 1 }, max: 1).Single();
        Assert.Equal("Ole Lund", first.Name);
    }

    [Fact]
    public void A_role_another_of_the_persons_roles_already_holds_is_listed_once()
    {
        Assert.Equal(["Ukrainian President", "army chief"], FactSelection.DistinctRoles(["President", "Ukrainian President", "army chief", "president"]));
    }

    [Fact]
    public void Quotes_are_statements_with_a_speaker_and_words_the_article_has_once()
    {
        var article = FromText(string.Join(" ",
            "Critics said “enough is enough” after the ruling.",
            "Commentator Jane Roe called the ruling “remarkable” and added: “Enough is enough.”",
            "“The court has spoken and we will appeal,” said lawyer Tom Reed."));
        var quotes = FactSelection.Quotes(article, FactsOf(article), new HashSet<int>());
        var quote = Assert.Single(quotes);
        Assert.Equal("Tom Reed", quote.Speaker);
    }

    [Fact]
    public void The_seed_summaries_list_heads_of_government_and_ministers_before_a_spokesperson()
    {
        var article = Repo.Seed(0);
        var summary = new ExtractiveSummaryEngine().Summarize(article, FactsOf(article));
        var names = summary.People.Select(p => p.Name).ToList();
        Assert.Contains("Dmitry Medvedev", names);
        Assert.Contains("Antonio Tajani", names);
        Assert.DoesNotContain("Christophe Lémonde", names);
        Assert.Contains(summary.People, p => p.Name == "Sébastien Lecornu" && p.Roles.Contains("French Defense Minister"));
    }
}
