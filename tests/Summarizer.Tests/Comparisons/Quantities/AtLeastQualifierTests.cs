using Summarizer.Comparisons.Quantities;

namespace Summarizer.Tests.Comparisons.Quantities;

/// <summary>
/// "at least" qualifies a bare toll however it is written: capitalised at a sentence's start, with two spaces or a line
/// break between its words, before or after the outcome.
/// </summary>
public sealed class AtLeastQualifierTests
{
    [Theory]
    [InlineData("At least 12 were killed.", "killed")]
    [InlineData("At  least 12 were killed.", "killed")]
    [InlineData("At\nleast 12 were killed.", "killed")]
    [InlineData("AT LEAST 12 were killed.", "killed")]
    [InlineData("The blast killed at  least 12.", "killed")]
    [InlineData("The blast killed at\nleast 12.", "killed")]
    [InlineData("The blast killed at\r\nleast 12.", "killed")]
    [InlineData("The blast killed At least 12.", "killed")]
    [InlineData("The blast killed at most 12.", "killed")]
    [InlineData("The blast killed at 12.", null)] // "at" alone is no qualifier
    [InlineData("He died at 88.", null)]
    public void At_least_is_a_toll_qualifier_whatever_its_case_or_spacing(string sentence, string? expected)
    {
        int at = sentence.IndexOf("12", StringComparison.Ordinal) is var i and >= 0 ? i : sentence.IndexOf("88", StringComparison.Ordinal);
        Assert.Equal(expected, Outcome.OfBare(sentence, at, at + 2, []));
    }
}
