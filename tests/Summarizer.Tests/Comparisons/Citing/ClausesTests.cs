using Summarizer.Comparisons.Citing;

namespace Summarizer.Tests.Comparisons.Citing;

public sealed class ClausesTests
{
    private static List<string> Split(string sentence) =>
        Clauses.Of(sentence).Select(c => sentence.Substring(c.Start, c.Length).Trim()).ToList();

    [Theory]
    [InlineData("The fire killed 12, according to Reuters, and officials said 40 were hurt.", "The fire killed 12, according to Reuters|and officials said 40 were hurt.")]
    [InlineData("The fire killed 12, according to Reuters, officials said 40 were hurt.", "The fire killed 12, according to Reuters|officials said 40 were hurt.")]
    [InlineData("The fire killed 12, according to Reuters; 40 were hurt.", "The fire killed 12, according to Reuters|40 were hurt.")]
    [InlineData("AP, citing Reuters, said the fire killed 12.", "AP, citing Reuters, said the fire killed 12.")]
    [InlineData("The fire killed 12, Reuters reported, but 40 were hurt.", "The fire killed 12, Reuters reported|but 40 were hurt.")]
    [InlineData("5,000 people said they were affected, according to Reuters.", "5,000 people said they were affected, according to Reuters.")]
    public void A_clause_ends_at_a_semicolon_or_at_a_comma_before_a_conjunction_or_a_new_attribution(string sentence, string clauses)
    {
        Assert.Equal(clauses.Split('|'), Split(sentence));
    }
}
