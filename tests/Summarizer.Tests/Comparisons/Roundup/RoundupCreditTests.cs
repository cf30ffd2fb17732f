using Summarizer.Comparisons;
using Summarizer.Comparisons.Roundup;

namespace Summarizer.Tests.Comparisons.Roundup;

/// <summary>Whom a roundup sentence is credited to, and which wordings it may speak in.</summary>
public sealed class RoundupCreditTests
{
    private static StoryComparison Compare(params SheetBuilder[] sheets) =>
        new StoryComparer().Compare(sheets.Select(s => s.Input()).ToList());

    private static bool CreditsBoth(StoryComparison comparison, SheetBuilder a, SheetBuilder b) =>
        comparison.Roundup.Any(r => r.Sources.Any(s => s.ArticleId == a.Article.Id) && r.Sources.Any(s => s.ArticleId == b.Article.Id));

    [Fact]
    public void Sentences_sharing_only_names_do_not_credit_each_other()
    {
        var a = SheetBuilder.For("Prime Minister Lena Varady and President Tomas Berg opened the harbour festival in Vienna with music. The crowd was large.", "A");
        var names = SheetBuilder.For("Lena Varady and Tomas Berg signed a water treaty at the mountain border post. The text is secret.", "B");
        var content = SheetBuilder.For("Lena Varady and Tomas Berg opened the harbour festival with music on Friday. The crowd was large.", "C");

        Assert.False(CreditsBoth(Compare(a, names), a, names));
        Assert.True(CreditsBoth(Compare(a, content), a, content));
    }

    [Theory]
    [InlineData("According to the publication, the city council approved new parking fees for drivers on Tuesday.")]
    [InlineData("The city council approved new parking fees for drivers on Tuesday, the newspaper reported.")]
    public void A_sentence_leaning_on_a_source_named_earlier_is_credited_but_not_quoted(string leaning)
    {
        var a = SheetBuilder.For($"{leaning} Residents were not asked.", "A");
        var b = SheetBuilder.For("The city council approved new parking fees for drivers on Tuesday evening. The fees start in May.", "B");

        var first = Compare(a, b).Roundup[0];

        Assert.Equal(RoundupPart.Agreement, first.Part);
        Assert.StartsWith("The city council approved", first.Text);
        Assert.Contains(first.Sources, s => s.ArticleId == a.Article.Id);
        Assert.True(UnnamedSource.In(leaning));
        Assert.False(UnnamedSource.In("According to Reuters, the city council approved new parking fees."));
    }

    [Fact]
    public void A_roles_conflict_names_each_office_once_with_all_outlets_giving_it()
    {
        var a = SheetBuilder.For("British PM Ada Quill met the envoys in the capital. Talks went on.", "A").Person("Ada Quill", "British PM");
        var b = SheetBuilder.For("U.K. Prime Minister Ada Quill met the envoys on Monday. Nobody objected.", "B").Person("Ada Quill", "U.K. Prime Minister");
        var c = SheetBuilder.For("Defense Secretary Ada Quill met the envoys briefly. The rain stopped.", "C").Person("Ada Quill", "Defense Secretary");

        var line = Assert.Single(Compare(a, b, c).Roundup, r => r.Text.StartsWith("Outlets differ", StringComparison.Ordinal));

        // Two offices: the prime minister's, told once for A and B, and the defence secretary's.
        Assert.Equal(2, line.Text.Split(';').Length);
        Assert.Contains("(A, B)", line.Text);
    }

    [Fact]
    public void A_source_names_the_articles_outlet_or_none_never_its_title_or_id()
    {
        var a = SheetBuilder.For("The city council approved new parking fees for drivers on Tuesday. Residents were not asked.", null, "Council backs fees");
        var b = SheetBuilder.For("The city council approved new parking fees for drivers on Tuesday evening. The fees start in May.", "B");

        var sources = Compare(a, b).Roundup.SelectMany(r => r.Sources).ToList();

        Assert.Contains(sources, s => s.ArticleId == a.Article.Id);
        Assert.All(sources.Where(s => s.ArticleId == a.Article.Id), s => Assert.Null(s.Outlet));
        Assert.All(sources.Where(s => s.ArticleId == b.Article.Id), s => Assert.Equal("B", s.Outlet));
    }

    [Fact]
    public void A_conflict_names_articles_without_an_outlet_neutrally_never_by_title_or_id()
    {
        var a = SheetBuilder.For("British PM Ada Quill met the envoys in the capital. Talks went on.", null, "Quill meets envoys").Person("Ada Quill", "British PM");
        var b = SheetBuilder.For("Defense Secretary Ada Quill met the envoys briefly. The rain stopped.").Person("Ada Quill", "Defense Secretary");
        var c = SheetBuilder.For("U.K. Prime Minister Ada Quill met the envoys on Monday. Nobody objected.", "C").Person("Ada Quill", "U.K. Prime Minister");
        var inputs = new[] { a, b, c }.Select(s => s.Input()).ToList();
        var names = OutletNames.Of(inputs);

        var line = Assert.Single(new StoryComparer().Compare(inputs).Roundup, r => r.Text.StartsWith("Outlets differ", StringComparison.Ordinal));

        Assert.Contains($"({names[a.Article.Id]}, C)", line.Text);
        Assert.Contains($"({names[b.Article.Id]})", line.Text);
        Assert.NotEqual(names[a.Article.Id], names[b.Article.Id]);
        Assert.DoesNotContain("Quill meets", line.Text);
        Assert.All(inputs, i => Assert.DoesNotContain(i.Article.Id, line.Text));
    }

    [Fact]
    public void A_conflict_where_no_outlet_is_named_is_told_by_its_values_alone()
    {
        var a = SheetBuilder.For("British PM Ada Quill met the envoys in the capital. Talks went on.", null, "Quill meets envoys").Person("Ada Quill", "British PM");
        var b = SheetBuilder.For("Defense Secretary Ada Quill met the envoys briefly. The rain stopped.").Person("Ada Quill", "Defense Secretary");
        var inputs = new[] { a, b }.Select(s => s.Input()).ToList();

        var line = Assert.Single(new StoryComparer().Compare(inputs).Roundup, r => r.Text.StartsWith("Outlets differ", StringComparison.Ordinal));

        Assert.Equal(2, line.Text.Split(';').Length);
        Assert.DoesNotContain('(', line.Text);
        Assert.DoesNotContain("Quill meets", line.Text);
        Assert.Equal(inputs.Select(i => i.Article.Id).Order(), line.Sources.Select(s => s.ArticleId).Distinct().Order());
    }
}
