using Summarizer.Comparisons;
using Summarizer.Comparisons.Roundup;

namespace Summarizer.Tests.Comparisons.Roundup;

/// <summary>An outlet whose matching sentence states a different figure or role is not credited with the roundup's wording.</summary>
public sealed class RoundupContradictionTests
{
    private static StoryComparison Compare(params SheetBuilder[] sheets) =>
        new StoryComparer().Compare(sheets.Select(s => s.Input()).ToList());

    private static IEnumerable<RoundupSentence> Crediting(StoryComparison comparison, SheetBuilder sheet, string words) =>
        comparison.Roundup.Where(r => r.Part == RoundupPart.Agreement && r.Text.Contains(words, StringComparison.Ordinal)
            && r.Sources.Any(s => s.ArticleId == sheet.Article.Id));

    [Fact]
    public void An_outlet_giving_another_toll_is_not_credited_with_the_toll()
    {
        var a = SheetBuilder.For("Nine miners were killed when a tunnel collapsed at the Varna quarry early on Monday, officials said. Rescue work went on.", "A")
            .Quantity("Nine", 9, "miners");
        var b = SheetBuilder.For("Eleven miners were killed when a tunnel collapsed at the Varna quarry on Monday, officials said. The site is closed.", "B")
            .Quantity("Eleven", 11, "miners");

        var comparison = Compare(a, b);

        Assert.Empty(Crediting(comparison, a, "Eleven miners were killed"));
        Assert.Empty(Crediting(comparison, b, "Nine miners were killed"));
    }

    [Fact]
    public void The_same_toll_is_still_credited_to_both()
    {
        var a = SheetBuilder.For("Nine miners were killed when a tunnel collapsed at the Varna quarry early on Monday, officials said. Rescue work went on.", "A")
            .Quantity("Nine", 9, "miners");
        var b = SheetBuilder.For("Nine miners were killed when a tunnel collapsed at the Varna quarry on Monday, officials said. The site is closed.", "B")
            .Quantity("Nine", 9, "miners");

        var comparison = Compare(a, b);

        Assert.Contains(comparison.Roundup, r => r.Part == RoundupPart.Agreement && r.Sources.Select(s => s.ArticleId).Distinct().Count() == 2);
    }

    [Fact]
    public void An_outlet_giving_the_person_another_rank_is_not_credited_and_the_roles_conflict()
    {
        var a = SheetBuilder.For("Mayor Ines Kroll said the town would hold a vigil at the harbour park on Sunday evening. Shops will close early.", "A")
            .Person("Ines Kroll", "Mayor");
        var b = SheetBuilder.For("Deputy Mayor Ines Kroll said the town would hold a vigil at the harbour park on Sunday. Buses will run late.", "B")
            .Person("Ines Kroll", "Deputy Mayor");

        var comparison = Compare(a, b);

        Assert.Empty(Crediting(comparison, b, "Mayor Ines Kroll said"));
        Assert.Empty(Crediting(comparison, a, "Mayor Ines Kroll said"));
        Assert.Single(comparison.Conflicts, c => c.Kind == FactKind.Role && c.Subject == "Ines Kroll");
    }
}
