using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Summarizer.Pipeline;

/// <summary>
/// The files the last run wrote into its output folder, kept there in <c>.summarizer-files</c> (one path per line,
/// relative, with <c>/</c>), so that a later run into the same folder removes what it did not write again and the
/// folder describes that run alone. Only paths listed here are ever removed, and only names a run itself writes
/// (<see cref="RunOutputNames"/>: <c>report.md</c>, <c>run.json</c>, <c>&lt;article-id&gt;.json</c>,
/// <c>stories/&lt;story-id&gt;.json</c>), inside the folder and never through a link out of it: a hand-edited or
/// corrupted list naming any other file removes nothing of it, and its unknown names are logged as a warning.
/// </summary>
public static partial class RunManifest
{
    public const string FileName = ".summarizer-files";

    /// <summary>The paths listed in <paramref name="outputFolder"/>'s manifest that a run could have written; empty when there is none.</summary>
    public static Task<IReadOnlySet<string>> ReadAsync(string outputFolder, CancellationToken cancellationToken) =>
        ReadAsync(outputFolder, NullLogger.Instance, cancellationToken);

    /// <summary>
    /// The paths listed in <paramref name="outputFolder"/>'s manifest that a run could have written; the others (a hand
    /// edit, a corruption) are left out, so never removed, and named in a warning to <paramref name="logger"/>.
    /// </summary>
    public static async Task<IReadOnlySet<string>> ReadAsync(string outputFolder, ILogger logger, CancellationToken cancellationToken)
    {
        string path = Path.Combine(outputFolder, FileName);
        string[] lines;
        try
        {
            lines = await File.ReadAllLinesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Missing (the first run into the folder) or unreadable: nothing is known to be stale, so nothing is removed.
            return new HashSet<string>(StringComparer.Ordinal);
        }
        var listed = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var unknown = listed.Where(l => !RunOutputNames.IsRunOutput(l)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0) LogUnknownNames(logger, path, unknown.Count, string.Join(", ", unknown.Take(10)));
        return listed.Where(RunOutputNames.IsRunOutput).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Writes the manifest listing <paramref name="files"/> (relative paths), atomically.</summary>
    public static Task WriteAsync(string outputFolder, IEnumerable<string> files, CancellationToken cancellationToken) =>
        AtomicFile.WriteAllTextAsync(Path.Combine(outputFolder, FileName),
            string.Concat(files.Select(Normalize).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(f => f + "\n")),
            cancellationToken);

    /// <summary>
    /// Deletes the files of <paramref name="stale"/> (an earlier run's, not written again) that are names a run writes,
    /// inside <paramref name="outputFolder"/> itself, then the stories folder if that left it empty; returns those that
    /// could not be deleted, to stay listed for the next run. Any other name is left alone.
    /// </summary>
    public static IReadOnlyList<string> RemoveStale(string outputFolder, IEnumerable<string> stale)
    {
        var kept = new List<string>();
        bool fromStories = false;
        foreach (var relative in stale.Where(RunOutputNames.IsRunOutput))
        {
            if (!RunOutputNames.IsInside(outputFolder, relative)) continue;
            try
            {
                File.Delete(Path.Combine(outputFolder, relative));
                fromStories |= relative.StartsWith(RunOutput.StoriesFolder + "/", StringComparison.Ordinal);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                kept.Add(relative);
            }
        }
        string stories = Path.Combine(outputFolder, RunOutput.StoriesFolder);
        try
        {
            if (fromStories && Directory.Exists(stories) && !Directory.EnumerateFileSystemEntries(stories).Any())
                Directory.Delete(stories);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Something appeared in it meanwhile: the folder stays.
        }
        return kept;
    }

    /// <summary>The path with <c>/</c> separators, as listed.</summary>
    public static string Normalize(string relative) => relative.Replace('\\', '/');

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Manifest} lists {Count} names a run does not write, left in place and no longer listed: {Names}")]
    private static partial void LogUnknownNames(ILogger logger, string manifest, int count, string names);
}
