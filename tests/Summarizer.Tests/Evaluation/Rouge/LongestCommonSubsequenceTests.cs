using Summarizer.Evaluation.Rouge;

namespace Summarizer.Evaluation.Tests.Rouge;

/// <summary>
/// Cases carried over from google-research/google-research rouge/rouge_scorer_test.py
/// (testLcsTable, testUnionLcs, testSummaryLevelLcs), which use integer tokens.
/// </summary>
public class LongestCommonSubsequenceTests
{
    private static readonly int[] Ref = [1, 2, 3, 4, 5];

    [Fact]
    public void Length_AndReadOut_MatchRougeScore()
    {
        int[] c1 = [2, 5, 3, 4];
        Assert.Equal(3, LongestCommonSubsequence.Length(Ref, c1));
        Assert.Equal(3, LongestCommonSubsequence.Length(c1, Ref));
        // Indices [1, 2, 3] into ref, i.e. values [2, 3, 4].
        Assert.Equal([1, 2, 3], LongestCommonSubsequence.UnionLcsIndices(Ref, [c1]));

        int[] c2 = [8, 9];
        Assert.Equal(0, LongestCommonSubsequence.Length(Ref, c2));
        Assert.Empty(LongestCommonSubsequence.UnionLcsIndices(Ref, [c2]));
    }

    [Fact]
    public void UnionLcs_IsTheSortedUnionOverCandidateSentences()
    {
        int[] c1 = [1, 2, 6, 7, 8]; // lcs = [1, 2]
        int[] c2 = [1, 3, 8, 9, 5]; // lcs = [1, 3, 5]
        var values = LongestCommonSubsequence.UnionLcsIndices(Ref, [c1, c2]).Select(i => Ref[i]);
        Assert.Equal([1, 2, 3, 5], values);
        var swapped = LongestCommonSubsequence.UnionLcsIndices(Ref, [c2, c1]).Select(i => Ref[i]);
        Assert.Equal([1, 2, 3, 5], swapped);
    }

    [Fact]
    public void SummaryLevel_MatchesPaperExample()
    {
        var score = LongestCommonSubsequence.SummaryLevel([Ref], [[1, 2, 6, 7, 8], [1, 3, 8, 9, 5]], vocabularySize: 10);
        Assert.Equal(0.8, score.Recall, 12);    // 4 / 5
        Assert.Equal(0.4, score.Precision, 12); // 4 / 10
        Assert.Equal(0.5333, score.F1, 3);

        // "Tokenizer may drop all tokens, resulting in empty candidate list."
        var empty = LongestCommonSubsequence.SummaryLevel([[0]], [[]], vocabularySize: 1);
        Assert.Equal(0.0, empty.Recall);
    }

    [Fact] // By hand from rouge_scorer.py's _backtrack_norec: ties move up in the reference, so "a" (index 0) is read out.
    public void ReadOut_BreaksTiesLikeRougeScore()
    {
        Assert.Equal([0], LongestCommonSubsequence.UnionLcsIndices([1, 2], [[2, 1]]));
    }

    [Fact] // By hand: the LCS of "abcbdab" and "bdcaba" has length 4 (classic CLRS example).
    public void Length_TextbookExample()
    {
        int[] x = ['a', 'b', 'c', 'b', 'd', 'a', 'b'];
        int[] y = ['b', 'd', 'c', 'a', 'b', 'a'];
        Assert.Equal(4, LongestCommonSubsequence.Length(x, y));
    }
}
