using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace Summarizer.Comparisons.Output;

/// <summary>
/// Which members of a story's comparison come from an earlier run, kept beside the comparison object itself so that
/// whatever writes it (<see cref="StoryComparisonJson"/>, <see cref="ComparisonMarkdown"/>) can tell new articles from
/// old: in JSON each such article gets <c>earlierRun</c> (the run id) and <c>earlierRunAt</c> (when it ran).
/// </summary>
public static class EarlierMembers
{
    private static readonly ConditionalWeakTable<StoryComparison, IReadOnlyDictionary<string, EarlierRun>> Marks = [];

    /// <summary><paramref name="comparison"/>, its members found in <paramref name="earlier"/> marked as earlier.</summary>
    public static StoryComparison Mark(StoryComparison comparison, IReadOnlyDictionary<string, EarlierRun> earlier)
    {
        var members = comparison.Articles.Where(a => earlier.ContainsKey(a.Id)).ToDictionary(a => a.Id, a => earlier[a.Id], StringComparer.Ordinal);
        if (members.Count > 0) Marks.AddOrUpdate(comparison, members);
        return comparison;
    }

    /// <summary>The earlier run of the member <paramref name="articleId"/> of <paramref name="comparison"/>, or null for one of this run.</summary>
    public static EarlierRun? Of(StoryComparison comparison, string articleId) =>
        Marks.TryGetValue(comparison, out var members) ? members.GetValueOrDefault(articleId) : null;

    /// <summary>How many members of <paramref name="comparison"/> come from earlier runs.</summary>
    public static int Count(StoryComparison comparison) => Marks.TryGetValue(comparison, out var members) ? members.Count : 0;

    /// <summary>Adds <c>earlierRun</c> and <c>earlierRunAt</c> to each earlier article of <paramref name="json"/>, the serialised <paramref name="comparison"/>.</summary>
    internal static void AddTo(JsonObject json, StoryComparison comparison)
    {
        if (json["articles"] is not JsonArray articles) return;
        foreach (var article in articles.OfType<JsonObject>())
        {
            if (article["id"]?.GetValue<string>() is not { } id || Of(comparison, id) is not { } earlier) continue;
            article["earlierRun"] = earlier.RunId;
            article["earlierRunAt"] = earlier.At;
        }
    }
}
