using Summarizer.Facts.People;
using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Facts.People;

/// <summary>An office word is a title before a name, in lower case or after a determiner; after a given name it is the surname.</summary>
public sealed class NameTitlesTests
{
    [Theory]
    [InlineData("John Constable", "John Constable")]
    [InlineData("Elizabeth Warden", "Elizabeth Warden")]
    [InlineData("Constable Smith", "Smith")]
    [InlineData("Warden Jones", "Jones")]
    [InlineData("Sheriff Constable", "Constable")]
    [InlineData("the warden", "")]
    [InlineData("The Warden", "")]
    [InlineData("U.S. President Donald Trump", "Donald Trump")]
    [InlineData("Defence Secretary Sir Michael Fallon", "Michael Fallon")]
    [InlineData("Sébastien Lecornu, French Defense Minister", "Sébastien Lecornu,")]
    public void Strips_an_office_word_only_where_it_is_a_title(string written, string name)
    {
        Assert.Equal(name, NameTitles.Strip(written));
    }

    [Fact]
    public void A_person_whose_surname_is_an_office_word_is_found_and_matched_by_the_whole_name()
    {
        var facts = FactsOf("John Constable said the painting was finished. Elizabeth Warden told reporters the show would open. "
            + "Constable Smith said the road was closed. Warden Jones said the prison was full.");

        Assert.Equal("John Constable", PersonMatcher.Find(facts.People, "John Constable")?.Name);
        Assert.Equal("Elizabeth Warden", PersonMatcher.Find(facts.People, "Elizabeth Warden")?.Name);
        var smith = PersonMatcher.Find(facts.People, "Constable Smith");
        Assert.Equal("Constable", Assert.Single(Assert.IsType<Summarizer.Facts.PersonFact>(smith).Roles).Role);
        var jones = PersonMatcher.Find(facts.People, "Warden Jones");
        Assert.Equal("Warden", Assert.Single(Assert.IsType<Summarizer.Facts.PersonFact>(jones).Roles).Role);
        Assert.Null(PersonMatcher.Find(facts.People, "the warden"));
    }
}
