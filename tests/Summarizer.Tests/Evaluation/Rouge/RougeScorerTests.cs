using Summarizer.Evaluation.Rouge;

namespace Summarizer.Evaluation.Tests.Rouge;

/// <summary>
/// Expected values marked "rouge_scorer_test.py" are carried over from google-research/google-research,
/// file rouge/rouge_scorer_test.py (the tests of the rouge-score package); the ROUGE-1.5.5 numbers there are
/// rounded to 5 places, so they are compared to 5 decimal places as the original tests do.
/// Cases marked "by hand" are computed from the definitions in the comments.
/// </summary>
public class RougeScorerTests
{
    private const int Places = 5;

    private static void AssertScore(RougeScore actual, double precision, double recall, double f1, int places = 10)
    {
        Assert.Equal(precision, actual.Precision, places);
        Assert.Equal(recall, actual.Recall, places);
        Assert.Equal(f1, actual.F1, places);
    }

    [Fact] // rouge_scorer_test.py: testRouge1
    public void Rouge1_SingleMatchingWord()
    {
        var result = new RougeScorer(useStemmer: false).Score("testing one two", "testing");
        AssertScore(result.Rouge1, 1, 1.0 / 3, 1.0 / 2);
    }

    [Fact] // rouge_scorer_test.py: testRouge2
    public void Rouge2_MatchingPrefix()
    {
        var result = new RougeScorer(false).Score("testing one two", "testing one");
        AssertScore(result.Rouge2, 1, 1.0 / 2, 2.0 / 3);
    }

    [Fact] // rouge_scorer_test.py: testRougeLConsecutive and testMultipleRougeTypes
    public void RougeL_Consecutive_AndRouge1()
    {
        var result = new RougeScorer(false).Score("testing one two", "testing one");
        AssertScore(result.RougeL, 1, 2.0 / 3, 4.0 / 5);
        AssertScore(result.Rouge1, 1, 2.0 / 3, 4.0 / 5);
    }

    [Fact] // rouge_scorer_test.py: testRougeLNonConsecutive
    public void RougeL_NonConsecutive()
    {
        var result = new RougeScorer(false).Score("testing one two", "testing two");
        AssertScore(result.RougeL, 1, 2.0 / 3, 4.0 / 5);
    }

    [Theory] // rouge_scorer_test.py: testRougeEmpty (all four types), plus the reverse and both-empty cases
    [InlineData("testing one two", "")]
    [InlineData("", "testing one two")]
    [InlineData("", "")]
    [InlineData("testing one two", "/ -- !!")]
    public void EmptyInputs_GiveZeroForEveryMeasure(string reference, string candidate)
    {
        foreach (var stem in new[] { false, true })
        {
            var result = new RougeScorer(stem).Score(reference, candidate);
            Assert.Equal(RougeScore.Zero, result.Rouge1);
            Assert.Equal(RougeScore.Zero, result.Rouge2);
            Assert.Equal(RougeScore.Zero, result.RougeL);
            Assert.Equal(RougeScore.Zero, result.RougeLsum);
        }
    }

    [Fact] // rouge_scorer_test.py: testRouge1AgainstRouge155 / testRouge2AgainstRouge155 / testRougeLAgainstRouge155
    public void AgainstRouge155_NoStemming()
    {
        var scorer = new RougeScorer(false);
        var r0 = scorer.Score(RougeScoreTestData.Target0, RougeScoreTestData.Prediction0);
        AssertScore(r0.Rouge1, 0.68750, 0.40741, 0.51163, Places);
        AssertScore(r0.Rouge2, 0.53333, 0.30769, 0.39024, Places);
        AssertScore(r0.RougeL, 0.68750, 0.40741, 0.51163, Places);

        var r1 = scorer.Score(RougeScoreTestData.Target1, RougeScoreTestData.Prediction1);
        AssertScore(r1.Rouge1, 0.65385, 0.40476, 0.50000, Places);
        AssertScore(r1.Rouge2, 0.48000, 0.29268, 0.36364, Places);
        AssertScore(r1.RougeL, 0.65385, 0.40476, 0.50000, Places);
    }

    [Fact] // rouge_scorer_test.py: testRouge1AgainstRouge155WithStemming / testRouge2AgainstRouge155WithStemming
    public void AgainstRouge155_WithStemming()
    {
        var scorer = new RougeScorer(true);
        var r0 = scorer.Score(RougeScoreTestData.Target0, RougeScoreTestData.Prediction0);
        AssertScore(r0.Rouge1, 0.68750, 0.40741, 0.51163, Places);
        AssertScore(r0.Rouge2, 0.53333, 0.30769, 0.39024, Places);

        // Stemming changes ROUGE-1 of the second pair (0.40476 -> 0.42857 recall) but not ROUGE-2.
        var r1 = scorer.Score(RougeScoreTestData.Target1, RougeScoreTestData.Prediction1);
        AssertScore(r1.Rouge1, 0.69231, 0.42857, 0.52941, Places);
        AssertScore(r1.Rouge2, 0.48000, 0.29268, 0.36364, Places);
    }

    [Fact] // rouge_scorer_test.py: testRougeLSumAgainstRouge155WithStemming
    public void RougeLsum_AgainstRouge155_WithStemming()
    {
        var result = new RougeScorer(true).Score(RougeScoreTestData.TargetMulti0, RougeScoreTestData.PredictionMulti0);
        AssertScore(result.RougeLsum, 0.66667, 0.36538, 0.47205, Places);
    }

    [Fact] // rouge_scorer_test.py: testRougeLsum (the Section 3.2 example of Lin 2004)
    public void RougeLsum_UnionLcsAcrossCandidateSentences()
    {
        var scorer = new RougeScorer(false);
        var result = scorer.Score("w1 w2 w3 w4 w5", "w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5");
        Assert.Equal(0.8, result.RougeLsum.Recall, 10);
        Assert.Equal(0.4, result.RougeLsum.Precision, 10);
        Assert.Equal(0.5333, result.RougeLsum.F1, 3);

        // By hand: over the whole texts (10 candidate tokens) the LCS is w1 w2 w3 w5 (positions 0, 1, 6, 9).
        AssertScore(result.RougeL, 4.0 / 10, 4.0 / 5, 2 * 0.4 * 0.8 / 1.2);

        Assert.Equal(RougeScore.Zero, scorer.Score("w1 w2 w3 w4 w5", "").RougeLsum);
        Assert.Equal(RougeScore.Zero, scorer.Score("", "w1").RougeLsum);
        Assert.Equal(RougeScore.Zero, scorer.Score("w1 w2 w3 w4 w5", "/").RougeLsum);
    }

    [Fact] // By hand: rouge_score clips hits by token counts so a token is not counted more often than it occurs.
    public void RougeLsum_DoesNotDoubleCountRepeatedTokens()
    {
        // Reference sentences [a b], [a b]; candidate [a b]. Each reference sentence's union LCS is {a, b}, but the
        // candidate has only one a and one b, so hits = 2 (not 4): P = 2/2, R = 2/4.
        var result = new RougeScorer(false).Score("alpha beta\nalpha beta", "alpha beta");
        AssertScore(result.RougeLsum, 1, 0.5, 2 * 0.5 / 1.5);
    }

    [Fact] // By hand, following rouge_scorer.py's _backtrack_norec: on a tie it moves up in the reference (i -= 1).
    public void RougeLsum_UsesRougeScoresChoiceAmongEqualLengthLcs()
    {
        // Reference [alpha beta]; candidate sentences [beta alpha] and [alpha]. The first pair has two LCS of length
        // 1 ("alpha" or "beta"); rouge-score reads out "alpha", so the union LCS is {alpha} and hits = 1:
        // P = 1/3, R = 1/2, F1 = 0.4. (Reading out "beta" would give the union {alpha, beta} and hits = 2.)
        var result = new RougeScorer(false).Score("alpha beta", "beta alpha\nalpha");
        AssertScore(result.RougeLsum, 1.0 / 3, 1.0 / 2, 0.4);
    }

    [Fact] // By hand: n-gram counts are clipped by the reference counts.
    public void RougeN_ClipsRepeatedNgrams()
    {
        // Reference "the cat the cat" (unigrams the:2, cat:2; bigrams the-cat:2, cat-the:1), candidate
        // "the the the cat" (the:3, cat:1; the-the:2, the-cat:1).
        // ROUGE-1 overlap = min(2,3) + min(2,1) = 3 of 4 and 4; ROUGE-2 overlap = min(2,1) = 1 of 3 and 3.
        // LCS("the cat the cat", "the the the cat") = "the the cat" = 3.
        var result = new RougeScorer(false).Score("the cat the cat", "the the the cat");
        AssertScore(result.Rouge1, 3.0 / 4, 3.0 / 4, 3.0 / 4);
        AssertScore(result.Rouge2, 1.0 / 3, 1.0 / 3, 1.0 / 3);
        AssertScore(result.RougeL, 3.0 / 4, 3.0 / 4, 3.0 / 4);
    }

    [Fact] // By hand: ROUGE-1/2/L ignore the newlines that ROUGE-Lsum splits on, so bigrams span sentence breaks.
    public void RougeN_SpansSentenceBreaks()
    {
        var result = new RougeScorer(false).Score("one two three", "one two\nthree");
        AssertScore(result.Rouge2, 1, 1, 1);
        AssertScore(result.RougeL, 1, 1, 1);
        AssertScore(result.RougeLsum, 1, 1, 1);
    }

    [Fact] // Stems from nltk/nltk porter.py's irregular-form table and nltk/test/stem.doctest ("died" -> "die").
    public void Stemming_ChangesMatches()
    {
        // Tokens: reference [skies, he, died], candidate [sky, dying].
        // Without stemming nothing matches. With stemming: [sky, he, die] vs [sky, die]:
        // ROUGE-1 2/2 and 2/3; ROUGE-2: bigrams (sky he), (he die) vs (sky die): 0; ROUGE-L: "sky die" = 2.
        const string reference = "Skies: he died.";
        const string candidate = "sky dying";

        var plain = new RougeScorer(false).Score(reference, candidate);
        Assert.Equal(RougeScore.Zero, plain.Rouge1);
        Assert.Equal(RougeScore.Zero, plain.RougeL);

        var stemmed = new RougeScorer(true).Score(reference, candidate);
        AssertScore(stemmed.Rouge1, 1, 2.0 / 3, 0.8);
        Assert.Equal(RougeScore.Zero, stemmed.Rouge2);
        AssertScore(stemmed.RougeL, 1, 2.0 / 3, 0.8);
        AssertScore(stemmed.RougeLsum, 1, 2.0 / 3, 0.8);
    }

    [Fact]
    public void Score_IsSymmetricInTokensButSwapsPrecisionAndRecall()
    {
        var scorer = new RougeScorer(true);
        var ab = scorer.Score(RougeScoreTestData.Target1, RougeScoreTestData.Prediction1);
        var ba = scorer.Score(RougeScoreTestData.Prediction1, RougeScoreTestData.Target1);
        Assert.Equal(ab.Rouge1.Precision, ba.Rouge1.Recall, 12);
        Assert.Equal(ab.Rouge2.Recall, ba.Rouge2.Precision, 12);
        Assert.Equal(ab.RougeL.F1, ba.RougeL.F1, 12);
    }

    [Fact]
    public void Score_IsThreadSafe()
    {
        var scorer = new RougeScorer(true);
        var expected = scorer.Score(RougeScoreTestData.TargetMulti0, RougeScoreTestData.PredictionMulti0);
        var results = new RougeScores[64];
        Parallel.For(0, results.Length, i =>
            results[i] = scorer.Score(RougeScoreTestData.TargetMulti0, RougeScoreTestData.PredictionMulti0));
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
