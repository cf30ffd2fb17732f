using Summarizer.Comparisons;

namespace Summarizer.Tests.Comparisons.Quotes;

/// <summary>The same words given to different people by two outlets are a conflict over who said them.</summary>
public sealed class QuoteSpeakerTests
{
    private static StoryComparison Compare(params SheetBuilder[] sheets) =>
        new StoryComparer().Compare(sheets.Select(s => s.Input()).ToList());

    private const string Words = "We have never seen water this high in the valley";

    private static SheetBuilder Saying(string outlet, string name, string speaker) =>
        SheetBuilder.For($"The river burst its banks on Friday. \"{Words},\" {speaker} said. Roads were closed.", outlet)
            .Person(name).Quote(Words, speaker);

    [Fact]
    public void A_quote_given_to_different_people_is_a_conflict_not_an_agreement()
    {
        var comparison = Compare(Saying("A", "Piet Olsen", "Olsen"), Saying("B", "Marta Ruiz", "Marta Ruiz"));

        var conflict = Assert.Single(comparison.Conflicts, c => c.Kind == FactKind.Quote);
        Assert.Contains(Words, conflict.Subject);
        Assert.Equal(["Marta Ruiz", "Piet Olsen"], conflict.Positions.Select(p => p.Value).Order());
        Assert.Equal(["A", "B"], conflict.Positions.Select(p => p.Outlet).Order());
        Assert.DoesNotContain(comparison.Agreements, a => a.Kind == FactKind.Quote);
        Assert.Contains(comparison.Roundup, r => r.Text.StartsWith("Outlets differ on who said", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_person_named_differently_still_agrees_and_two_outlets_of_three_keep_their_agreement()
    {
        var same = Compare(Saying("A", "Piet Olsen", "Olsen"), Saying("B", "Piet Olsen", "Piet Olsen"));
        Assert.DoesNotContain(same.Conflicts, c => c.Kind == FactKind.Quote);
        Assert.Single(same.Agreements, a => a.Kind == FactKind.Quote);

        var three = Compare(Saying("A", "Piet Olsen", "Olsen"), Saying("B", "Piet Olsen", "Piet Olsen"), Saying("C", "Marta Ruiz", "Ruiz"));
        Assert.Single(three.Conflicts, c => c.Kind == FactKind.Quote);
        var agreement = Assert.Single(three.Agreements, a => a.Kind == FactKind.Quote);
        Assert.Equal(["A", "B"], agreement.Positions.Select(p => p.Outlet).Order());
    }

    [Fact]
    public void A_speaker_who_is_no_named_person_makes_no_conflict()
    {
        var b = SheetBuilder.For($"The river burst its banks on Friday. \"{Words},\" officials said. Roads were closed.", "B").Quote(Words, "officials");

        var comparison = Compare(Saying("A", "Piet Olsen", "Olsen"), b);

        Assert.DoesNotContain(comparison.Conflicts, c => c.Kind == FactKind.Quote);
        Assert.Single(comparison.Agreements, a => a.Kind == FactKind.Quote);
    }

    [Fact]
    public void A_third_outlet_naming_no_speaker_stays_in_the_conflict()
    {
        var c = SheetBuilder.For($"The river burst its banks on Friday. \"{Words},\" officials said. Roads were closed.", "C").Quote(Words, "officials");

        var comparison = Compare(Saying("A", "Piet Olsen", "Olsen"), Saying("B", "Marta Ruiz", "Marta Ruiz"), c);

        var conflict = Assert.Single(comparison.Conflicts, x => x.Kind == FactKind.Quote);
        Assert.Equal(["A", "B", "C"], conflict.Positions.Select(p => p.Outlet).Order());
        Assert.Equal("no named speaker", conflict.Positions.Single(p => p.Outlet == "C").Value);
    }
}
