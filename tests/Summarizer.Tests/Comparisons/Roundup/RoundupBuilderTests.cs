using Summarizer.Comparisons;
using Summarizer.Comparisons.Roundup;

namespace Summarizer.Tests.Comparisons.Roundup;

public sealed class RoundupBuilderTests
{
    private static readonly Lazy<(List<ComparisonInput> Inputs, StoryComparison Comparison)> Seeds = new(() =>
    {
        var inputs = SeedInputs.All();
        return (inputs, new StoryComparer().Compare(inputs));
    });

    [Fact]
    public void The_seed_roundup_opens_with_what_outlets_agree_on_and_every_sentence_names_its_sources()
    {
        var (inputs, comparison) = Seeds.Value;
        var roundup = comparison.Roundup;

        Assert.NotEmpty(roundup);
        Assert.Equal(RoundupPart.Agreement, roundup[0].Part);
        Assert.True(roundup[0].Sources.Select(s => s.ArticleId).Distinct().Count() >= 2);
        // Agreements first, then differences.
        Assert.Equal(roundup.OrderBy(r => r.Part).Select(r => r.Text), roundup.Select(r => r.Text));
        foreach (var sentence in roundup)
        {
            Assert.NotEmpty(sentence.Sources);
            var quoted = sentence.Sources.Select(s => inputs.Single(i => i.Article.Id == s.ArticleId).Article.SentenceById(s.SentenceId)).ToList();
            Assert.All(quoted, Assert.NotNull);
            // An outlet's own sentence is one of its sources, word for word (a conflict's line, or an article's two accounts, names values).
            if (!sentence.Text.StartsWith("Outlets differ", StringComparison.Ordinal) && !sentence.Text.Contains(" gives two accounts of ", StringComparison.Ordinal))
                Assert.Contains(sentence.Text, quoted.Select(q => q!.Text.Trim()));
        }
        Assert.Equal(roundup.Count, roundup.Select(r => r.Text).Distinct().Count());
    }

    [Fact]
    public void A_conflict_is_told_outlet_by_outlet_with_each_figure_as_written()
    {
        var (_, comparison) = Seeds.Value;
        var told = comparison.Roundup.Where(r => r.Part == RoundupPart.Difference && r.Text.StartsWith("Outlets differ", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(told);
        foreach (var conflict in comparison.Conflicts.Take(told.Count))
        {
            var line = Assert.Single(told, t => t.Text.Contains(conflict.Subject + ":"));
            if (conflict.Kind == FactKind.Quantity) Assert.All(conflict.Positions, p => Assert.Contains(p.Value, line.Text));
            Assert.Equal(conflict.Positions.Select(p => (p.ArticleId, p.SentenceId)), line.Sources.Select(s => (s.ArticleId, s.SentenceId)));
        }
    }

    [Fact]
    public void Of_two_wordings_of_one_fact_the_plain_one_speaks_for_the_outlets()
    {
        var loaded = SheetBuilder.For("The reckless council rammed through its disastrous parking scheme on Tuesday, hiking fees for furious drivers. Residents were not asked.", "Loaded");
        var plain = SheetBuilder.For("The city council approved new parking fees for drivers on Tuesday. The fees start in May.", "Plain");
        var third = SheetBuilder.For("Drivers will pay new parking fees after the city council approved them on Tuesday. The vote was seven to two.", "Third");

        var comparison = new StoryComparer().Compare([loaded.Input(), plain.Input(), third.Input()]);

        var first = comparison.Roundup[0];
        Assert.Equal(RoundupPart.Agreement, first.Part);
        Assert.DoesNotContain("reckless", first.Text);
        Assert.Contains(first.Sources, s => s.ArticleId == loaded.Article.Id);
    }

    [Fact]
    public void What_only_one_outlet_reports_is_its_own_part_not_a_difference_of_the_outlets()
    {
        var a = SheetBuilder.For("The city council approved new parking fees for drivers on Tuesday. The fees start in May.", "North Wire");
        var b = SheetBuilder.For("The city council approved new parking fees for drivers on Tuesday, officials said. Shops on the high street will close early on Sundays.", "South Post");

        var comparison = new StoryComparer().Compare([a.Input(), b.Input()]);

        var alone = comparison.Roundup.Where(r => r.Sources.Select(s => s.ArticleId).Distinct().Count() == 1).ToList();
        Assert.NotEmpty(alone);
        Assert.All(alone, r => Assert.Equal(RoundupPart.SingleSource, r.Part));
        string md = Summarizer.Comparisons.Output.ComparisonMarkdown.Render([comparison]);
        Assert.DoesNotContain("_Outlets differ:_", md);
        int heading = md.IndexOf("_Only one outlet claims:_", StringComparison.Ordinal);
        Assert.True(heading >= 0);
        Assert.All(alone, r => Assert.True(md.IndexOf(r.Text, StringComparison.Ordinal) > heading));
    }

    [Fact]
    public void The_roundup_keeps_to_its_length_and_says_nothing_for_nothing()
    {
        var (inputs, comparison) = Seeds.Value;

        var two = RoundupBuilder.Build(comparison, inputs, new RoundupSettings(MaxSentences: 2, MaxConflicts: 0));

        Assert.Equal(2, two.Count);
        Assert.Empty(RoundupBuilder.Build(comparison, [], new RoundupSettings()));
        Assert.Empty(RoundupBuilder.Build(comparison, inputs, new RoundupSettings(MaxSentences: 0)));
    }
}
