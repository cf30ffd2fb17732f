namespace Summarizer.Evaluation.Consistency;

/// <summary>The labelled summaries of both formats, as read; a format not asked for is empty.</summary>
public sealed record ConsistencyData(IReadOnlyList<FrankPair> Pairs, IReadOnlyDictionary<string, string> Articles, IReadOnlyList<CliffRow> Labels)
{
    public static ConsistencyData Read(ConsistencyPaths paths, List<string> problems)
    {
        var pairs = paths.Pairs is null ? [] : FrankReader.ReadPairs(paths.Pairs, problems);
        var articles = paths.Refs is null ? [] : FrankReader.ReadArticles(paths.Refs, problems);
        int orphans = pairs.RemoveAll(p => !articles.ContainsKey(p.ArticleId));
        if (orphans > 0) problems.Add($"{orphans} pair(s) skipped: their article is not in {paths.Refs}");
        var labels = paths.Labels is null ? [] : CliffReader.Read(paths.Labels, problems);
        return new ConsistencyData(pairs, articles, labels);
    }
}
