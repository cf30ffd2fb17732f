using Summarizer.Comparisons;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Comparisons.Quantities;

/// <summary>
/// A toll counted by any noun for people is one fact ("12 workers were killed", "15 people were killed"), while a
/// sub-group an article counts beside its total ("3 children" of "12 people") is never taken for the total.
/// </summary>
public sealed class PersonTollTests
{
    private static StoryComparison Compare(params SheetBuilder[] sheets) =>
        new StoryComparer().Compare(sheets.Select(s => s.Input()).ToList());

    private static SheetBuilder Toll(string outlet, string text, params (string Text, double Value, string Unit)[] figures)
    {
        var sheet = SheetBuilder.For(text, outlet);
        foreach (var (t, v, u) in figures) sheet.Quantity(t, v, u);
        return sheet;
    }

    private static SheetBuilder Workers() => Toll("North Wire",
        "12 workers were killed when the scaffolding collapsed at the dam site on Monday. The site is closed.", ("12", 12, "worker"));

    private static SheetBuilder People() => Toll("South Post",
        "15 people were killed when the scaffolding collapsed at the dam site, officials said. An inquiry opens today.", ("15", 15, "people"));

    // Which nouns count people is WordNet's to say: each [WordNetFact] here is skipped where WordNet is not installed.
    [WordNetFact]
    public void Workers_killed_and_people_killed_are_one_toll_that_conflicts_in_either_order()
    {
        foreach (var comparison in new[] { Compare(Workers(), People()), Compare(People(), Workers()) })
        {
            var conflict = Assert.Single(comparison.Conflicts);
            Assert.Equal("number of people killed", conflict.Subject);
            Assert.Equal(["12 workers", "15 people"], conflict.Positions.Select(p => p.Value).Order());
        }
    }

    [WordNetFact]
    public void Children_counted_beside_the_total_are_a_sub_group_not_a_conflicting_toll()
    {
        var both = Toll("A", "12 people were killed in the market blast on Friday. 3 children were killed in the school next door.",
            ("12", 12, "people"), ("3", 3, "child"));
        var children = Toll("B", "3 children were killed when a blast hit the market and a school on Friday. Parents gathered.", ("3", 3, "child"));
        var total = Toll("C", "15 people were killed in the market blast, the police said. Shops stayed shut.", ("15", 15, "people"));

        foreach (var comparison in new[] { Compare(both, children, total), Compare(total, children, both), Compare(children, both) })
        {
            // The children's figure never meets the total: only the two totals conflict, and the children agree.
            Assert.All(comparison.Conflicts, c => Assert.DoesNotContain(c.Positions, p => p.Value == "3 children"));
            Assert.Contains(comparison.Agreements, a => a.Positions.All(p => p.Value == "3 children") && a.ArticleCount == 2);
        }
        var conflict = Assert.Single(Compare(both, children, total).Conflicts);
        Assert.Equal(["12 people", "15 people"], conflict.Positions.Select(p => p.Value).Order());
    }

    [Fact]
    public void Soldiers_counted_beside_the_total_do_not_hide_the_conflict_between_the_totals()
    {
        var both = Toll("A", "12 people were killed in the border clash on Friday. 3 soldiers were killed at the checkpoint.",
            ("12", 12, "people"), ("3", 3, "soldier"));
        var total = Toll("B", "15 people were killed in the border clash, the army said. The checkpoint is shut.", ("15", 15, "people"));

        var conflict = Assert.Single(Compare(both, total).Conflicts);

        Assert.Equal(["12 people", "15 people"], conflict.Positions.Select(p => p.Value).Order());
    }

    [WordNetFact]
    public void Two_nouns_for_people_sharing_only_their_outcome_are_not_one_toll()
    {
        var victims = Toll("A", "A van hit the crowd on the promenade, killing 13 people in the worst attack in a decade. Shops closed.", ("13", 13, "people"));
        var attackers = Toll("B", "Five terrorists were shot dead on Friday in a third attack, two officers said. A curfew began.", ("Five", 5, "terrorist"));

        var comparison = Compare(victims, attackers);

        Assert.Empty(comparison.Conflicts);
        Assert.DoesNotContain(comparison.Agreements, a => a.Kind == FactKind.Quantity);
    }

    [WordNetFact]
    public void Animals_are_not_people_though_WordNet_has_a_sense_of_dog_for_a_person()
    {
        var dogs = Toll("A", "40 dogs were killed when the fire swept through the kennels at the farm on Monday. Police attended.", ("40", 40, "dog"));
        var people = Toll("B", "12 people were killed when the fire swept through the kennels at the farm, officials said. An inquiry opens.", ("12", 12, "people"));

        Assert.Empty(Compare(dogs, people).Conflicts);
    }

    [Fact]
    public void Workers_without_an_outcome_are_not_counted_as_people()
    {
        var employs = Toll("A", "The dam site employs 450 workers from three towns, the company said. Work resumed.", ("450", 450, "worker"));
        var attended = Toll("B", "Some 300 people attended the memorial at the dam site on Sunday. It rained.", ("300", 300, "people"));

        Assert.Empty(Compare(employs, attended).Conflicts);
    }
}
