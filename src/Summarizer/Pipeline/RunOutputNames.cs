using System.Text.RegularExpressions;

namespace Summarizer.Pipeline;

/// <summary>
/// The names a run writes into its output folder, relative with <c>/</c>: <see cref="RunOutput.ReportFile"/>,
/// <see cref="RunOutput.RunFile"/>, a summary named by its article's id (<c>ArticleFactory.ContentId</c>: 16 lower-case
/// hex digits) and a story under <see cref="RunOutput.StoriesFolder"/> named by its id (<c>Story.IdFor</c>:
/// <c>story-</c> and 16 lower-case hex digits). Only these are ever removed as an earlier run's files.
/// </summary>
public static partial class RunOutputNames
{
    /// <summary>True for a name a run writes: its report, its run.json, a summary, or a story under stories/.</summary>
    public static bool IsRunOutput(string relative) =>
        relative is RunOutput.ReportFile or RunOutput.RunFile || SummaryName().IsMatch(relative) || StoryName().IsMatch(relative);

    /// <summary>
    /// True when <paramref name="relative"/> names a file of <paramref name="outputFolder"/> itself: its full path is
    /// inside the folder, and no folder on the way (<c>stories</c>) is a link that would lead elsewhere.
    /// </summary>
    public static bool IsInside(string outputFolder, string relative)
    {
        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        string full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return false;
        for (var folder = Path.GetDirectoryName(full); folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
            if (new DirectoryInfo(folder).LinkTarget is not null) return false;
        return true;
    }

    [GeneratedRegex("^[0-9a-f]{16}\\.json$")]
    private static partial Regex SummaryName();

    [GeneratedRegex("^" + RunOutput.StoriesFolder + "/story-[0-9a-f]{16}\\.json$")]
    private static partial Regex StoryName();
}
