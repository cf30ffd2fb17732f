using Summarizer.Facts;
using Summarizer.Facts.People;
using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Facts.People;

/// <summary>Titles that hold an organisation, words that only look like titles, and roles given by relation to someone else.</summary>
public class TitlesAndRelationsTests
{
    private static PersonFact Person(FactSheet facts, string name) =>
        PersonMatcher.Find(facts.People, name) ?? throw new Xunit.Sdk.XunitException($"no person '{name}' in [{string.Join(", ", facts.People.Select(p => p.Name))}]");

    [Fact]
    public void A_title_with_an_organisation_ends_where_the_given_name_starts()
    {
        var p = Person(FactsOf("Director of Public Prosecutions Alison Saunders dropped the case on Friday."), "Alison Saunders");
        Assert.Equal("Alison Saunders", p.Name);
        Assert.Equal("Director of Public Prosecutions", Assert.Single(p.Roles).Role);
    }

    [Theory]
    [InlineData("The mayor of Springfield, John Smith, said the fees would rise.", "John Smith", "mayor of Springfield")]
    [InlineData("Unison regional secretary Helen Ward said members would vote.", "Helen Ward", "Unison regional secretary")]
    public void A_role_of_a_place_before_the_name_or_a_title_with_its_modifiers_is_kept_whole(string text, string name, string role)
    {
        Assert.Equal(role, Assert.Single(Person(FactsOf(text), name).Roles).Role);
    }

    [Theory]
    [InlineData("Sheriff John Miller said the suspect fled on foot.", "John Miller", "Sheriff")]
    [InlineData("Harris County Sheriff Ed Gonzalez said two deputies were hurt.", "Ed Gonzalez", "Harris County Sheriff")]
    [InlineData("Coroner Anne Beck said the victims died of smoke.", "Anne Beck", "Coroner")]
    [InlineData("John Miller, the county sheriff, said the suspect fled.", "John Miller", "county sheriff")]
    public void Offices_of_local_government_policing_and_the_courts_are_titles_not_names(string text, string name, string role)
    {
        var person = Person(FactsOf(text), name);
        Assert.Equal(name, person.Name);
        Assert.Equal(role, Assert.Single(person.Roles).Role);
    }

    [Theory]
    [InlineData("After a two-hour phone call with the president of Russia, Donald Trump said the war must end.", "Donald Trump")]
    [InlineData("In a letter to the head of Ofcom, Lisa Nandy asked for a review.", "Lisa Nandy")]
    public void An_office_of_someone_else_before_the_name_is_not_the_persons_role(string text, string name)
    {
        Assert.Empty(Person(FactsOf(text), name).Roles);
    }

    [Theory]
    [InlineData("Jane Roe, the MP for Llanelli, said the base should stay open.", "Llanelli")]
    [InlineData("The Premier League fined the club after the match.", "League")]
    [InlineData("Voters go to the polls before the General Election in May.", "Election")]
    [InlineData("The deal was signed by the president of Acme Holdings on Tuesday.", "Holdings")]
    public void A_place_an_organisation_or_an_event_after_a_title_word_is_not_a_person(string text, string notAPerson)
    {
        Assert.DoesNotContain(FactsOf(text).People, p => p.Name.Contains(notAPerson, StringComparison.Ordinal));
    }

    [Fact]
    public void An_honorific_belongs_to_neither_the_role_nor_the_name()
    {
        var p = Person(FactsOf("Defence Secretary Sir Michael Fallon told MPs the depot would close."), "Michael Fallon");
        Assert.Equal("Defence Secretary", Assert.Single(p.Roles).Role);
    }

    [Fact]
    public void A_middle_initial_stays_inside_the_name()
    {
        var facts = FactsOf("The memo, written by Derek E. Mix, a senior analyst, says the alliance has weakened. Mix declined to comment.");
        Assert.Equal("Derek E. Mix", Person(facts, "Mix").Name);
    }

    [Fact]
    public void A_bare_name_after_said_is_the_speaker_even_across_a_line_break()
    {
        var facts = FactsOf("\"The plan will fail without air cover,\" said\nNorthgate's Ayla. \"Nobody has promised any.\"");
        Assert.All(facts.Quotes, q => Assert.Equal("Ayla", q.Speaker));
        Assert.Equal(2, facts.Quotes.Count);
    }

    [Fact]
    public void A_counterpart_gets_the_office_of_the_person_it_is_the_counterpart_of()
    {
        const string text = "UK Defence Minister Jane Roe and her French counterpart Luc Martin met in Paris on Monday.";
        var article = FromText(text);
        var role = Assert.Single(Person(FactsOf(article), "Luc Martin").Roles);
        Assert.Equal("French Defence Minister", role.Role);
        Assert.True(role.Inferred);
        Assert.Equal("UK Defence Minister Jane Roe and her French counterpart Luc Martin", article.Text.Substring(role.Span.Start, role.Span.Length));
    }

    [Fact]
    public void A_counterpart_of_someone_without_a_stated_office_stays_as_written()
    {
        var role = Assert.Single(Person(FactsOf("Jane Roe met her French counterpart Luc Martin in Paris."), "Luc Martin").Roles);
        Assert.Equal("French counterpart", role.Role);
        Assert.False(role.Inferred);
    }
}
