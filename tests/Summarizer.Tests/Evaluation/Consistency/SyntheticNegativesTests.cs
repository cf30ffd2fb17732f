using Summarizer.Evaluation.Consistency.Training;

namespace Summarizer.Evaluation.Tests.Consistency;

public class SyntheticNegativesTests
{
    private const string Article = "The club said on Monday that striker Tom Baker had signed for Leeds, leaving Hull after 3 years.";

    [Fact]
    public void The_articles_names_are_its_capitalised_words_away_from_sentence_starts()
    {
        var names = SyntheticNegatives.NamesIn(Article);

        Assert.Contains("Baker", names);
        Assert.Contains("Leeds", names);
        Assert.DoesNotContain("The", names);
    }

    [Fact]
    public void Every_perturbation_changes_the_summary_and_keeps_a_lower_cased_summary_lower_cased()
    {
        var names = SyntheticNegatives.NamesIn(Article);
        for (int seed = 0; seed < 50; seed++)
        {
            var made = SyntheticNegatives.Make("tom baker has joined leeds after 3 years at hull.", names, ["Madrid", "Rossi"], new Random(seed));
            if (made is null) continue; // a swap that drew the same name
            Assert.NotEqual("tom baker has joined leeds after 3 years at hull.", made);
            Assert.Equal(made.ToLowerInvariant(), made);
        }
    }

    [Fact]
    public void A_summary_with_no_name_number_or_auxiliary_gives_nothing()
    {
        Assert.Null(SyntheticNegatives.Make("a quiet day.", ["Leeds"], ["Madrid"], new Random(1)));
    }

    [Fact]
    public void A_number_is_replaced_by_another()
    {
        var made = SyntheticNegatives.Make("a quiet day of 3 goals.", [], [], new Random(1));

        Assert.NotNull(made);
        Assert.DoesNotContain(" 3 ", made);
    }
}
