namespace Summarizer.Pipeline;

/// <summary>
/// The files the last run wrote into its output folder, kept there in <c>.summarizer-files</c> (one path per line,
/// relative, with <c>/</c>), so that a later run into the same folder removes what it did not write again and the
/// folder describes that run alone. Only paths listed here are ever removed, and only paths of the kinds a run writes
/// (<c>report.md</c>, <c>&lt;name&gt;.json</c>, <c>stories/&lt;name&gt;.json</c>), inside the folder: a file the program
/// did not write is never removed unless someone lists it here by hand, and nothing outside the folder ever is.
/// </summary>
public static class RunManifest
{
    public const string FileName = ".summarizer-files";

    /// <summary>The paths listed in <paramref name="outputFolder"/>'s manifest that a run could have written; empty when there is none.</summary>
    public static async Task<IReadOnlySet<string>> ReadAsync(string outputFolder, CancellationToken cancellationToken)
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
        return lines.Select(l => l.Trim()).Where(IsOutputPath).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Writes the manifest listing <paramref name="files"/> (relative paths), atomically.</summary>
    public static Task WriteAsync(string outputFolder, IEnumerable<string> files, CancellationToken cancellationToken) =>
        AtomicFile.WriteAllTextAsync(Path.Combine(outputFolder, FileName),
            string.Concat(files.Select(Normalize).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(f => f + "\n")),
            cancellationToken);

    /// <summary>
    /// Deletes the files of <paramref name="stale"/> (an earlier run's, not written again), then the stories folder if
    /// that left it empty; returns those that could not be deleted, to stay listed for the next run.
    /// </summary>
    public static IReadOnlyList<string> RemoveStale(string outputFolder, IEnumerable<string> stale)
    {
        var kept = new List<string>();
        bool fromStories = false;
        foreach (var relative in stale.Where(IsOutputPath))
        {
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

    /// <summary>True for a relative path of a kind a run writes: report.md, run.json or a summary, or a story under stories/.</summary>
    internal static bool IsOutputPath(string relative)
    {
        if (relative.Length == 0 || relative.Contains('\\') || Path.IsPathRooted(relative)) return false;
        string[] parts = relative.Split('/');
        if (parts.Any(p => p.Length == 0 || p.StartsWith('.') || p.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)) return false;
        return parts switch
        {
            [var name] => name == RunOutput.ReportFile || name.EndsWith(".json", StringComparison.Ordinal),
            [RunOutput.StoriesFolder, var name] => name.EndsWith(".json", StringComparison.Ordinal),
            _ => false,
        };
    }
}
