using Summarizer.Facts;
using Summarizer.Facts.People;
using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Facts.People;

/// <summary>
/// What the context of a capitalised name says about whether it is a person: the pronoun that takes it up, the noun
/// before it, what ends it, and a word that is a rank, a modal or a place in other places but a given name here.
/// </summary>
public class NameEvidenceTests
{
    private static IReadOnlyList<string> People(string text) => FactsOf(text).People.Select(p => p.Name).ToList();

    private static bool WordNetMissing() => Summarizer.Verification.Lexicon.WordNetLookup.Shared is null;

    [Fact]
    public void A_plural_noun_for_people_before_a_name_makes_it_a_firm_not_a_person()
    {
        if (WordNetMissing()) return;
        var people = People("Pollsters Kestrel Norrow asked 1,000 adults to rank the policies. Actress Dana Whitlow said she would vote.");
        Assert.DoesNotContain("Kestrel Norrow", people);
        Assert.Contains("Dana Whitlow", people);
    }

    [Fact]
    public void A_name_taken_up_by_which_is_no_person()
    {
        var people = People("Eleven schools were visited by schools inspector Brightwell, which put two of them in special measures.");
        Assert.DoesNotContain(people, p => p.Contains("Brightwell", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_run_into_the_title_of_a_work_is_the_person_alone()
    {
        if (WordNetMissing()) return;
        var people = People("He voiced the cat in the 1951 Frank Tashlin Merry Melodies cartoon about a lost sock.");
        Assert.Contains("Frank Tashlin", people);
        Assert.DoesNotContain(people, p => p.Contains("Melodies", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The case against Cato, of Albert Street, Plumstead, was dropped.", "Albert Street", false)]
    [InlineData("Mayor Andy Street said the line would reopen.", "Andy Street", true)]
    [InlineData("Andy Street said the trams would run late.", "Andy Street", true)]
    [InlineData("Council leader Mary Street opened the hall.", "Mary Street", true)]
    public void A_street_word_after_a_given_name_is_a_street_unless_the_context_shows_a_person(string sentence, string name, bool person)
    {
        Assert.Equal(person, People(sentence).Contains(name));
    }

    [Fact]
    public void A_rank_abbreviation_before_a_single_name_is_a_given_name_unless_the_article_ranks_that_surname()
    {
        if (WordNetMissing()) return;
        Assert.Contains("Gen Tanabe", People("The Japanese musician Gen Tanabe released a new album on Friday."));
        var ranked = People("Gen Mark Halden said the troops would stay. Later Gen Halden told reporters the base was safe.");
        Assert.Contains("Mark Halden", ranked);
        Assert.DoesNotContain("Gen Halden", ranked);
    }

    [Theory]
    [InlineData("The film stars Will Brennan as a lonely baker.", "Will Brennan", true)]
    [InlineData("Will Brennan said he was thrilled by the reviews.", "Will Brennan", true)]
    [InlineData("Markets wonder When Will Rates Fall again.", "Will Rates", false)]
    public void A_capitalised_modal_before_a_surname_is_a_given_name(string sentence, string name, bool person)
    {
        if (WordNetMissing()) return;
        Assert.Equal(person, People(sentence).Contains(name));
    }

    [Fact]
    public void A_peerage_title_before_a_single_name_is_a_person()
    {
        var facts = FactsOf("The show's host Lord Fenwick backed the bill in the chamber.");
        Assert.Contains(facts.People, p => p.Name == "Lord Fenwick");
        var merged = FactsOf("Alan Fenwick founded the firm. Lord Fenwick backed the bill.");
        Assert.Single(merged.People, p => p.Name.Contains("Fenwick", StringComparison.Ordinal));
        var knighted = FactsOf("Sir Michael Peck told MPs the agency would close. Sir Michael said staff had been told.");
        Assert.Equal("Michael Peck", Assert.Single(knighted.People).Name);
        Assert.Empty(FactsOf("She swears by Dr Tallow's Night Cream and drinks nothing else.").People);
        Assert.Equal("Darrow Quell", Assert.Single(FactsOf("Darrow Quell, 34, was fined on Monday. Mr Quell did not comment on the case.").People).Name);
        var institute = FactsOf("Dr Pyne said the cells grew. Staff at the Pyne Institute were pleased with the result.");
        Assert.Single(Assert.Single(institute.People).Mentions);   // the surname inside the institute's name is no mention of her
        Assert.Contains(institute.Organisations, o => o.Name == "Pyne Institute");
    }

    [Theory]
    [InlineData("Harbour Mayor Sydney Harlow opened the new bridge.", "Sydney Harlow", true)]
    [InlineData("Sydney Harlow said the bridge would open in May.", "Sydney Harlow", true)]
    [InlineData("Sydney Zoo said the panda had settled in.", "Sydney Zoo", false)]
    public void A_place_word_is_a_given_name_after_a_title_or_before_a_verb_of_saying(string sentence, string name, bool person)
    {
        if (WordNetMissing()) return;
        Assert.Equal(person, People(sentence).Contains(name));
    }
}
