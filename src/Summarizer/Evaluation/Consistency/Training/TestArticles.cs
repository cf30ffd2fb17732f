namespace Summarizer.Evaluation.Consistency.Training;

/// <summary>
/// The articles of every test split in the labelled data: FRANK <c>test</c> and CLIFF <c>test</c>. Both files were
/// drawn from the same CNN/DM and XSum test sets, so a CLIFF <c>val</c> summary or a FRANK <c>dev</c> summary can be of
/// an article that the other file tests on (on the shipped files: 27 CLIFF val documents are FRANK test articles, and
/// 9 CLIFF test documents are FRANK dev articles). The score model learns from none of them, so neither benchmark's
/// test figure rests on an article the model was fitted on.
/// </summary>
public sealed class TestArticles
{
    private readonly HashSet<string> _fingerprints;

    private TestArticles(HashSet<string> fingerprints) => _fingerprints = fingerprints;

    /// <summary>The test articles of <paramref name="data"/>: those of FRANK pairs outside dev and CLIFF rows outside val.</summary>
    public static TestArticles Of(ConsistencyData data)
    {
        var frank = data.Pairs.Where(p => p.Split != TrainingSet.FrankSplit && data.Articles.ContainsKey(p.ArticleId))
            .Select(p => data.Articles[p.ArticleId]);
        var cliff = data.Labels.Where(r => r.Cut != TrainingSet.CliffCut).Select(r => r.Document);
        return new TestArticles(frank.Concat(cliff).Select(ArticleFingerprint.Of).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Whether <paramref name="articleText"/> is one of the test articles, however it is spaced or encoded.</summary>
    public bool Contains(string articleText) => _fingerprints.Contains(ArticleFingerprint.Of(articleText));
}
