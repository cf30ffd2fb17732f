using Summarizer.Pipeline;

namespace Summarizer.Scheduling;

/// <summary>
/// The contents of inbox files summarised on earlier nights (<see cref="RunState.Contents"/>), by SHA-256: a new file
/// with one of them is reported as a duplicate of the earlier file and marked done, not summarised again. Only the
/// <paramref name="capacity"/> most recently summarised are kept.
/// </summary>
internal sealed class EarlierContents(IReadOnlyDictionary<string, ProcessedContent> known, int capacity)
{
    private readonly Dictionary<string, ProcessedContent> _contents = new(known, StringComparer.Ordinal);

    /// <summary>The earlier file whose content hashes to <paramref name="hash"/>, if one is remembered.</summary>
    public ProcessedContent? Find(string hash) => _contents.GetValueOrDefault(hash);

    /// <summary>Remembers a content summarised tonight; the first file that had it stays the one reported.</summary>
    public void Record(string hash, ProcessedContent content) => _contents.TryAdd(hash, content);

    /// <summary>What to keep in the state: the most recently summarised contents, at most the capacity.</summary>
    public IReadOnlyDictionary<string, ProcessedContent> Kept() =>
        _contents.OrderByDescending(c => c.Value.ProcessedAt).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(Math.Max(0, capacity)).ToDictionary(StringComparer.Ordinal);

    /// <summary>The report row of <paramref name="file"/>, a repeat of <paramref name="earlier"/> from the inbox <paramref name="inbox"/>.</summary>
    public static RunItem DuplicateRow(string file, ProcessedContent earlier, string inbox) =>
        new(file, earlier.ArticleIds.Count == 1 ? earlier.ArticleIds[0] : null, null, null, null, null, null, null, 0, null)
        {
            DuplicateOf = Path.Combine(inbox, earlier.Source),
            DuplicateOfRun = earlier.RunId,
            DuplicateArticleIds = earlier.ArticleIds,
        };
}
