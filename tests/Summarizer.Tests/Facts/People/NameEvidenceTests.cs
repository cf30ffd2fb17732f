using Summarizer.Facts;
using Summarizer.Facts.People;
using Summarizer.Tests.TestSupport;
using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Facts.People;

/// <summary>
/// What the context of a capitalised name says about whether it is a person: the pronoun that takes it up, the noun
/// before it, what ends it, and a word that is a rank, a modal or a place in other places but a given name here.
/// </summary>
public class NameEvidenceTests
{
    private static IReadOnlyList<string> People(string text) => FactsOf(text).People.Select(p => p.Name).ToList();

    [WordNetFact]
    public void A_plural_noun_for_people_before_a_name_makes_it_a_firm_not_a_person()
    {
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

    [WordNetFact]
    public void A_person_run_into_the_title_of_a_work_is_the_person_alone()
    {
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

    [WordNetFact]
    public void A_rank_abbreviation_before_a_single_name_is_a_given_name_unless_the_article_ranks_that_surname()
    {
        Assert.Contains("Gen Tanabe", People("The Japanese musician Gen Tanabe released a new album on Friday."));
        var ranked = People("Gen Mark Halden said the troops would stay. Later Gen Halden told reporters the base was safe.");
        Assert.Contains("Mark Halden", ranked);
        Assert.DoesNotContain("Gen Halden", ranked);
    }

    [WordNetTheory]
    [InlineData("The film stars Will Brennan as a lonely baker.", "Will Brennan", true)]
    [InlineData("Will Brennan said he was thrilled by the reviews.", "Will Brennan", true)]
    [InlineData("Markets wonder When Will Rates Fall again.", "Will Rates", false)]
    public void A_capitalised_modal_before_a_surname_is_a_given_name(string sentence, string name, bool person)
    {
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

    [WordNetTheory]
    [InlineData("Harbour Mayor Sydney Harlow opened the new bridge.", "Sydney Harlow", true)]
    [InlineData("Sydney Harlow said the bridge would open in May.", "Sydney Harlow", true)]
    [InlineData("Sydney Zoo said the panda had settled in.", "Sydney Zoo", false)]
    public void A_place_word_is_a_given_name_after_a_title_or_before_a_verb_of_saying(string sentence, string name, bool person)
    {
        Assert.Equal(person, People(sentence).Contains(name));
    }

    [WordNetTheory]
    [InlineData("Workers marched through the city on May Day to demand better pay.", "May Day")]
    [InlineData("Prices have risen since May Labour took office in the spring.", "May Labour")]
    [InlineData("Critics asked whether May Elections would be delayed again.", "May Elections")]
    [InlineData("Voters asked Can Labour Win in the north this time.", "Can Labour Win")]
    public void A_capitalised_modal_before_a_common_noun_is_no_given_name(string sentence, string name)
    {
        var people = People(sentence);
        Assert.DoesNotContain(name, people);
        Assert.DoesNotContain(people, p => p.Contains("Labour", StringComparison.Ordinal) || p.Contains("Day", StringComparison.Ordinal));
    }

    [WordNetFact]
    public void A_modal_surname_of_an_honorific_is_kept_beside_a_day_named_by_the_modal()
    {
        var facts = FactsOf("Mrs May said the talks went well, and by May Day they had ended.");
        Assert.DoesNotContain(facts.People, p => p.Name == "May Day");
        Assert.Contains(facts.People, p => p.Name == "Mrs May");
    }

    [WordNetTheory]
    [InlineData("Chicago Bulls said the guard would miss the season.", "Chicago Bulls", "Chicago")]
    [InlineData("Toronto Raptors said the coach had resigned.", "Toronto Raptors", "Toronto")]
    [InlineData("London Transport said the trains would run late.", "London Transport", "London")]
    [InlineData("Madrid Open said the final would be played indoors.", "Madrid Open", "Madrid")]
    [InlineData("Reporters at Paris Match said the photographs were genuine.", "Paris Match", "Paris")]
    public void A_place_before_a_common_noun_or_plural_is_no_given_name_without_a_title(string sentence, string name, string place)
    {
        var facts = FactsOf(sentence);
        Assert.DoesNotContain(facts.People, p => p.Name == name);
        Assert.Contains(facts.Places.Concat(facts.Organisations), n => n.Name.Contains(place, StringComparison.Ordinal));
        Assert.Contains("London Breed", People("San Francisco Mayor London Breed opened the new pier."));
    }

    [WordNetTheory]
    [InlineData("Actors Tom Hanks and Meg Ryan starred in the remake.", "Tom Hanks")]
    [InlineData("Brothers John Smith and Paul Smith were arrested on Friday.", "John Smith")]
    public void A_plural_noun_for_people_before_a_given_name_still_leaves_the_person(string sentence, string name)
    {
        Assert.Contains(name, People(sentence));
    }

    [Theory]
    [InlineData("Owen Smith, the Labour MP, spoke first. Mr Owen, the council leader, said the budget was set.", "Owen Smith", "Mr Owen")]
    [InlineData("Thomas Kingston arrived early. Mr Thomas, the caretaker, said the doors were locked.", "Thomas Kingston", "Mr Thomas")]
    [InlineData("Grace Dent reviewed the cafe. Ms Grace, the manager, said she was delighted.", "Grace Dent", "Ms Grace")]
    public void An_honorific_before_a_surname_is_not_matched_to_a_given_name(string text, string full, string surnameOnly)
    {
        var people = FactsOf(text).People;
        Assert.Contains(people, p => p.Name == full && !p.Mentions.Any(m => m.Text == surnameOnly));
        Assert.Contains(people, p => p.Name == surnameOnly);
    }

    [Theory]
    [InlineData("Unions were angered by Chancellor Reeves, which surprised business leaders.", "Reeves")]
    [InlineData("The award went to Judge Harlow, which surprised lawyers.", "Harlow")]
    public void Which_after_a_titled_name_takes_up_what_happened_not_the_name(string sentence, string surname)
    {
        Assert.Contains(People(sentence), p => p.Contains(surname, StringComparison.Ordinal));
    }

    [WordNetFact]
    public void A_common_noun_known_only_after_an_honorific_is_no_person_elsewhere()
    {
        var storm = FactsOf("Mr Storm said the roof had gone. Residents feared Tropical Storm Ciaran would return. Storm damage was wide.");
        var mrStorm = Assert.Single(storm.People, p => p.Name == "Mr Storm");
        Assert.Single(mrStorm.Mentions);
        var church = FactsOf("Mr Church said he would appeal. The Church said it would not comment.");
        Assert.Single(Assert.Single(church.People, p => p.Name == "Mr Church").Mentions);
        var bush = FactsOf("Mr Bush said he had retired. The staff at Bush House were told.");
        Assert.Single(Assert.Single(bush.People, p => p.Name == "Mr Bush").Mentions);
        Assert.Empty(FactsOf("Dr Pepper sales rose sharply in the spring quarter.").People);
        // The article that gives the common noun a given name makes it a person's surname.
        Assert.Contains(FactsOf("Bubbly blonde Lenna Moon moved abroad in 2012. Ms Moon is also a model.").People, p => p.Name == "Lenna Moon");
    }
}
