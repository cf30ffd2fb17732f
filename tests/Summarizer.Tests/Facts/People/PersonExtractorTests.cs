using Summarizer.Facts;
using Summarizer.Facts.People;
using Summarizer.Tests.TestSupport;
using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Facts.People;

public class PersonExtractorTests
{
    private static PersonFact Person(FactSheet facts, string name) =>
        PersonMatcher.Find(facts.People, name) ?? throw new Xunit.Sdk.XunitException($"no person '{name}' in [{string.Join(", ", facts.People.Select(p => p.Name))}]");

    [Fact]
    public void Title_before_the_name_becomes_the_role()
    {
        var p = Person(FactsOf("French Defense Minister Sébastien Lecornu spoke in Paris on Wednesday."), "Lecornu");
        Assert.Equal("Sébastien Lecornu", p.Name);
        Assert.Equal("French Defense Minister", Assert.Single(p.Roles).Role);
    }

    [Fact]
    public void Role_after_the_name_between_commas()
    {
        var p = Person(FactsOf("Pete Hegseth, U.S. Defense Secretary, said the position is unchanged."), "Pete Hegseth");
        Assert.Equal("U.S. Defense Secretary", Assert.Single(p.Roles).Role);
    }

    [Fact]
    public void Counterpart_and_role_before_a_comma()
    {
        var facts = FactsOf("Healey met his French counterpart Sébastien Lecornu. Later, Trump's special envoy, Steve Witkoff, dismissed the plan.");
        Assert.Equal("French counterpart", Assert.Single(Person(facts, "Lecornu").Roles).Role);
        Assert.Equal("special envoy", Assert.Single(Person(facts, "Witkoff").Roles).Role);
    }

    [Fact]
    public void Long_titles_with_organisations_and_particles()
    {
        var facts = FactsOf("The Commander-in-Chief of the Swiss Armed Forces Thomas Süssli said he could send troops. Belgian Prime Minister Bart de Wever agreed. As U.S. Ambassador to NATO Matt Whitaker noted, talks continue.");
        Assert.Equal("Commander-in-Chief of the Swiss Armed Forces", Assert.Single(Person(facts, "Thomas Süssli").Roles).Role);
        Assert.Equal("Bart de Wever", Person(facts, "Bart de Wever").Name);
        Assert.Equal("U.S. Ambassador to NATO", Assert.Single(Person(facts, "Whitaker").Roles).Role);
    }

    [WordNetFact]
    public void Words_at_a_names_edges_that_are_no_part_of_it_are_left_out()
    {
        var facts = FactsOf("Actress Sally Lindsay said she was delighted. Pensioner Terry Cooper told the court he was innocent. " +
            "Hillary Clinton Obsessed fans with her hair, said Julia Louis-Dreyfus. The Afghan TalibanPresident Ashraf Ghani said talks would go on. " +
            "Staff at John Peter Smith Hospital said the patient was stable, and Kate Hall said so too.");
        Assert.Equal("Actress", Assert.Single(Person(facts, "Sally Lindsay").Roles).Role);
        Assert.Equal("Pensioner", Assert.Single(Person(facts, "Terry Cooper").Roles).Role);
        Assert.Contains(facts.People, p => p.Name == "Hillary Clinton");
        Assert.Contains(facts.People, p => p.Name == "Ashraf Ghani");
        Assert.Contains(facts.People, p => p.Name == "Kate Hall");   // a surname that is also a building word
        Assert.DoesNotContain(facts.People, p => p.Name.Contains("Obsessed", StringComparison.Ordinal) || p.Name.Contains("Hospital", StringComparison.Ordinal)
            || p.Name.Contains("TalibanPresident", StringComparison.Ordinal) || p.Name.StartsWith("Actress", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Mayor Andy Street said the line would reopen.", "Andy Street")]           // a surname that is a street word
    [InlineData("Ahmed Al Sayed said the talks would resume.", "Ahmed Al Sayed")]           // looks like "say" + "ed", is no word
    [InlineData("The novelist Jeff VanderMeer said he was pleased.", "Jeff VanderMeer")]    // a capital inside a name, no seam
    [InlineData("Sonny Bill Williams said he would play on.", "Sonny Bill Williams")]       // a given name that is also a word for a person
    [InlineData("Bart de Wever said the coalition would hold.", "Bart de Wever")]          // a particle after the first name
    public void Names_that_only_look_like_a_title_a_verb_or_a_seam_are_kept_whole(string sentence, string name)
    {
        Assert.Contains(FactsOf(sentence).People, p => p.Name == name);
    }

    [Fact]
    public void Surname_and_spelling_variants_resolve_to_one_person()
    {
        var facts = FactsOf("President Volodymyr Zelenskyy said the force must include U.S. troops. Later Zelensky said it again. Zelenskyy's team agreed.");
        var p = Assert.Single(facts.People);
        Assert.Equal("Volodymyr Zelenskyy", p.Name);
        Assert.Equal(3, p.Mentions.Count);
        Assert.Contains("Zelensky", p.Aliases);
    }

    [Theory]
    [InlineData("000", "Zelenskyy", 3)]
    [InlineData("001", "Zelensky", 1)]
    [InlineData("004", "Zelensky", 4)]
    public void Zelensky_is_one_person_in_each_seed_whatever_the_spelling(string seed, string surname, int mentions)
    {
        var facts = FactsOf(Seed(seed));
        foreach (var form in new[] { "Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "Volodymyr Zelensky" })
        {
            var p = Person(facts, form);
            Assert.EndsWith(surname, p.Name);
            Assert.Equal(mentions, p.Mentions.Count);
        }
    }

    [Fact]
    public void Accents_are_optional_when_matching()
    {
        var p = Person(FactsOf(Seed("003")), "Sébastien Lecornu");
        Assert.Equal("Sebastien Lecornu", p.Name);
        Assert.Contains(p.Roles, r => r.Role == "French Defense Minister");
        Assert.True(p.Mentions.Count >= 3);
    }

    [Fact]
    public void Speech_verbs_and_given_names_identify_untitled_people()
    {
        var facts = FactsOf("\"We must be prepared,\" said Emmanuel Macron. Ruben Brekelmans told reporters the risk was high. Michael Nienaber contributed.");
        Assert.NotNull(PersonMatcher.Find(facts.People, "Emmanuel Macron"));
        Assert.NotNull(PersonMatcher.Find(facts.People, "Ruben Brekelmans"));
        Assert.NotNull(PersonMatcher.Find(facts.People, "Michael Nienaber"));
    }

    [Fact]
    public void Places_and_organisations_are_not_people()
    {
        var facts = FactsOf("The United Kingdom said the White House agreed, The New York Times reported. New Zealand warned about the Black Sea. Security Council members said little.");
        Assert.Empty(facts.People);
    }

    [Fact]
    public void Role_spans_cover_the_text_that_gives_the_role_to_the_person()
    {
        var article = Seed("001");
        var p = Person(FactsOf(article), "Keir Starmer");
        var role = Assert.Single(p.Roles);
        Assert.Equal("British Prime Minister Keir Starmer", article.Text.Substring(role.Span.Start, role.Span.Length));
        Assert.Equal(article.SentenceIdAt(role.Span.Start), role.SentenceId);
    }

    [Fact]
    public void An_article_can_give_one_person_two_roles()
    {
        var p = Person(FactsOf(Seed("002")), "Keir Starmer");
        Assert.Contains(p.Roles, r => r.Role == "British Prime Minister");
        Assert.Contains(p.Roles, r => r.Role == "British Defense Secretary");
    }
}
