using Summarizer.Comparisons;

namespace Summarizer.Tests.Comparisons;

/// <summary>An article is named by its outlet; one stating none by a neutral name, never its title or id.</summary>
public sealed class OutletNamesTests
{
    [Fact]
    public void A_single_article_without_an_outlet_is_the_unnamed_outlet()
    {
        var names = new OutletNames([("id-a", "Wire One"), ("id-b", null)]);

        Assert.Equal("Wire One", names["id-a"]);
        Assert.Equal(OutletNames.Unnamed, names["id-b"]);
    }

    [Fact]
    public void Several_articles_without_an_outlet_get_distinct_names_in_the_storys_order()
    {
        var names = new OutletNames([("id-a", null), ("id-b", "Wire One"), ("id-c", null), ("id-a", null)]);

        Assert.NotEqual(names["id-a"], names["id-c"]);
        Assert.All(new[] { names["id-a"], names["id-c"] }, n => Assert.StartsWith(OutletNames.Unnamed, n));
        Assert.True(string.CompareOrdinal(names["id-a"], names["id-c"]) < 0);
        Assert.DoesNotContain("id-", names["id-a"] + names["id-c"]);
    }

    [Fact]
    public void An_article_is_never_named_by_its_title_or_id()
    {
        var titled = SheetBuilder.For("The council met on Tuesday to approve the budget.", null, "Council approves budget").Input();
        var bare = SheetBuilder.For("The council met on Tuesday evening for a long budget vote.").Input();

        var names = OutletNames.Of([titled, bare]);

        foreach (var input in new[] { titled, bare })
        {
            Assert.DoesNotContain(input.Article.Id, names[input.Article.Id]);
            Assert.DoesNotContain(input.Article.Source, names[input.Article.Id]);
        }
        Assert.DoesNotContain("Council approves", names[titled.Article.Id]);
    }
}
