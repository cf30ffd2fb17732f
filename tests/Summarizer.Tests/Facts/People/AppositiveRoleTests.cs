using Summarizer.Facts;
using Summarizer.Facts.People;
using Summarizer.Tests.TestSupport;
using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Facts.People;

/// <summary>
/// A role set off by a comma after the name is a noun phrase: an optional article, modifiers, a role head, then
/// optionally "at", "of", "for" … and what it belongs to. What is not such a phrase (an age, a place, a relation, a clause,
/// another person's name) gives no role.
/// </summary>
public class AppositiveRoleTests
{
    private static PersonFact Person(FactSheet facts, string name) =>
        PersonMatcher.Find(facts.People, name) ?? throw new Xunit.Sdk.XunitException($"no person '{name}' in [{string.Join(", ", facts.People.Select(p => p.Name))}]");

    private static string? RoleAfter(string text) => Appositives.Following(text, 0)?.Role;

    [Theory]
    [InlineData("“Without it the force would have much less protection,” said Ben Barry, senior fellow at the International Institute for Strategic Studies. That is because of space.",
        "Ben Barry", "senior fellow at the International Institute for Strategic Studies")]
    [InlineData("Ben Barry, a senior fellow at the International Institute for Strategic Studies, said the force needs air cover.",
        "Ben Barry", "senior fellow at the International Institute for Strategic Studies")]
    [InlineData("Mark Lever, chief executive of the National Autistic Society, said the report was overdue.", "Mark Lever", "chief executive of the National Autistic Society")]
    [InlineData("Anna Kent, founder and chief executive of Acme Robotics, said orders had doubled.", "Anna Kent", "founder and chief executive of Acme Robotics")]
    [InlineData("Tom Reid, a senior analyst at Capital Economics who has followed the firm for years, said the cut was expected.", "Tom Reid", "senior analyst at Capital Economics")]
    [InlineData("Jane Roe, the MP for Llanelli, said the base should stay open.", "Jane Roe", "MP for Llanelli")]
    [InlineData("John Miller, the county sheriff, said the suspect fled.", "John Miller", "county sheriff")]
    public void A_role_noun_phrase_after_the_name_is_the_role(string text, string name, string role) =>
        Assert.Equal(role, Assert.Single(Person(FactsOf(text), name).Roles).Role);

    [WordNetTheory]
    [InlineData("Ann Cole, a lecturer at Leeds University, said the course would close.", "Ann Cole", "lecturer at Leeds University")]
    [InlineData("Sam Ortiz, a housing activist, said rents had risen.", "Sam Ortiz", "housing activist")]
    [InlineData("Priya Shah, a curator at the Tate Modern, said the loan was agreed.", "Priya Shah", "curator at the Tate Modern")]
    public void A_noun_wordnet_has_for_a_kind_of_work_heads_a_role(string text, string name, string role) =>
        Assert.Equal(role, Assert.Single(Person(FactsOf(text), name).Roles).Role);

    [Theory]
    [InlineData("John Smith, 45, said he was leaving the town.", "John Smith")]
    [InlineData("Mary Jones, a mother of three, said the school had let her down.", "Mary Jones")]
    [InlineData("Tom Hall, a local resident, said the noise went on all night.", "Tom Hall")]
    [InlineData("Tom Hall, the victim's father, said the family was devastated.", "Tom Hall")]
    [InlineData("Peter Lane, a friend of the family, said he was shocked.", "Peter Lane")]
    [InlineData("The appeal by John Smith, a judge has ruled, must be heard again.", "John Smith")]
    [InlineData("The visitors included John Smith, Manchester United manager Erik ten Hag and several players.", "John Smith")]
    public void What_is_no_role_noun_phrase_gives_no_role(string text, string name) =>
        Assert.Empty(Person(FactsOf(text), name).Roles);

    [Theory]
    [InlineData(", a city in France, on Monday.")]
    [InlineData(", 45, said")]
    [InlineData(", home of Vice-President Namadi Sambo, was calm.")]
    [InlineData(", who later became president, said")]
    [InlineData(", a spokeswoman said.")]
    [InlineData(", a judge has ruled.")]
    [InlineData(", Manchester United manager Erik ten Hag and others.")]
    [InlineData(", Tony Marshal, said")]
    [InlineData(", died from head wounds.")]
    [InlineData(", the victim's father, said")]
    [InlineData(", a father of two, said")]
    public void A_phrase_whose_last_word_before_a_preposition_is_no_role_head_is_no_role(string text) => Assert.Null(RoleAfter(text));

    [Theory]
    [InlineData(", U.S. Defense Secretary, said", "U.S. Defense Secretary")]
    [InlineData(", the club's assistant manager, said", "club's assistant manager")]
    [InlineData(", a senior fellow at the institute who studies missiles, said", "senior fellow at the institute")]
    [InlineData(", ambassador to NATO since 2019.", "ambassador to NATO since 2019")]
    [InlineData(", co-founder of the charity, said", "co-founder of the charity")]
    [InlineData(", Secretary of State for Defence, said", "Secretary of State for Defence")]
    [InlineData(", Boston and Skegness MP, said", "Boston and Skegness MP")]
    [InlineData(", head teacher of Lings Primary School in Northampton.", "head teacher of Lings Primary School in Northampton")]
    [InlineData(", Development Officer at Mencap says the rooms are too few.", "Development Officer at Mencap")]
    public void A_role_phrase_runs_from_its_modifiers_through_its_complement(string text, string role) => Assert.Equal(role, RoleAfter(text));

    [WordNetTheory]
    [InlineData(", sir,")]
    [InlineData(", haters,")]
    [InlineData(", former managers of Newcastle and Sunderland respectively.")]
    [InlineData(", accused of trying to join ISIS.")]
    [InlineData(", the elder of the two brothers, was")]
    [InlineData(", a first offender, was")]
    [InlineData(", an avowed atheist, said")]
    [InlineData(", an avowed atheist and libertarian, noted")]
    [InlineData(", a father and businessman, said")]
    public void A_plural_an_honorific_a_participle_or_what_a_person_is_heads_no_role(string text) => Assert.Null(RoleAfter(text));
}
