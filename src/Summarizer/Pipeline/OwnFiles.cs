namespace Summarizer.Pipeline;

/// <summary>
/// What the service itself keeps, left out when a folder given as input is expanded so that a run never reads its own
/// files as articles: a run's output folder (this run's <c>--out</c>, or any folder holding a run manifest,
/// <see cref="RunManifest.FileName"/>, which every run writes), the stage cache's database with its journal files, and
/// the nightly run's output folder and inbox quarantine. A folder of these inside the input folder is left out whole;
/// when the input folder is itself such a folder (<c>run . --out .</c>), only the names a run writes there
/// (<see cref="RunOutputNames"/>) are. A file named on its own is read whatever it is. Paths are compared as the
/// platform's file system compares them (<see cref="PathsIgnoreCase"/>), so "Out" is this run's "out" on Windows and macOS.
/// The service's own set is built in one place, <see cref="Scheduling.ServiceFiles"/>.
/// </summary>
public sealed class OwnFiles(bool ignoreCase)
{
    /// <summary>What a folder holding a run manifest is, in the console's line.</summary>
    public const string EarlierRunOutput = "a run's output folder (it holds " + RunManifest.FileName + ")";

    private static readonly string[] DatabaseCompanions = ["", "-wal", "-shm", "-journal"];

    private readonly List<(string Path, string What)> _folders = [];
    private readonly List<(string Path, string What)> _files = [];
    private readonly StringComparison _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Own files compared as the platform's file system compares paths.</summary>
    public OwnFiles() : this(PathsIgnoreCase) { }

    /// <summary>
    /// True where the file system ignores case (Windows, macOS), as .NET itself assumes: there "Out" and "out" are one
    /// folder, and a run must not read its own output back under another spelling. Elsewhere (Linux) they are two, and
    /// ignoring case would leave out a folder of the user's that only looks like one of ours.
    /// </summary>
    public static bool PathsIgnoreCase { get; } = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() || OperatingSystem.IsIOS();

    /// <summary>Nothing but folders holding a run manifest.</summary>
    public static OwnFiles None => new();

    /// <summary>A run's own: its output folder.</summary>
    public static OwnFiles OfRun(string outputFolder) => new OwnFiles().Folder(outputFolder, "this run's output folder (--out)");

    /// <summary>Adds a folder of the service's own, <paramref name="what"/> saying what it is.</summary>
    public OwnFiles Folder(string path, string what)
    {
        if (!string.IsNullOrWhiteSpace(path)) _folders.Add((Full(path), what));
        return this;
    }

    /// <summary>Adds a SQLite database of the service's own, with its <c>-wal</c>, <c>-shm</c> and <c>-journal</c> files.</summary>
    public OwnFiles Database(string path, string what)
    {
        if (!string.IsNullOrWhiteSpace(path)) _files.Add((Full(path), what));
        return this;
    }

    /// <summary>
    /// The files of <paramref name="files"/> (the expansion of the input folder <paramref name="folder"/>) that are not
    /// the service's own, and what was left out, each folder or database once, named under <paramref name="folder"/> as
    /// the caller wrote it.
    /// </summary>
    public (List<string> Kept, List<SkippedInput> Skipped) Filter(string folder, IEnumerable<string> files)
    {
        string root = Full(folder);
        var folders = _folders.Concat(ManifestFolders(folder).Select(f => (Path: f, What: EarlierRunOutput)))
            .DistinctBy(f => f.Path, Comparer).ToList();
        var kept = new List<string>();
        var skipped = new Dictionary<string, SkippedInput>(Comparer);
        foreach (var file in files)
        {
            string full = Full(file);
            if (Skip(root, full, folders) is { } skip)
            {
                string shown = Shown(folder, root, skip.Path, skip.Whole);
                skipped[shown] = skipped.TryGetValue(shown, out var seen) ? seen with { Files = seen.Files + 1 } : new SkippedInput(shown, skip.What, 1, skip.Whole);
                continue;
            }
            kept.Add(file);
        }
        return (kept, skipped.Values.ToList());
    }

    private StringComparer Comparer => _comparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    // The path returned is spelled as the file's own path spells it (the same length: only case may differ).
    private (string Path, string What, bool Whole)? Skip(string root, string full, List<(string Path, string What)> folders)
    {
        foreach (var (path, what) in _files)
            if (DatabaseCompanions.Any(c => string.Equals(full, path + c, _comparison))) return (full[..path.Length], what, true);
        foreach (var (path, what) in folders)
        {
            if (!IsUnder(full, path)) continue;
            string spelled = full[..path.Length];
            // A folder inside the input is left out whole; the input folder itself (or one inside it) keeps all but a run's outputs.
            if (IsUnder(path, root)) return (spelled, what, true);
            string relative = full[(path.Length + 1)..].Replace(Path.DirectorySeparatorChar, '/');
            if (RunOutputNames.IsRunOutput(relative)) return (spelled, what, false);
        }
        return null;
    }

    private bool IsUnder(string path, string folder) => path.StartsWith(folder + Path.DirectorySeparatorChar, _comparison);

    // Folders under the input holding a run manifest (a dot file, which the expansion itself never lists).
    private static IEnumerable<string> ManifestFolders(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, RunManifest.FileName, SearchOption.AllDirectories)
                .Select(f => Path.GetDirectoryName(Full(f))!).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private string Shown(string folder, string root, string path, bool whole) =>
        whole && IsUnder(path, root) ? Path.Join(folder, path[(root.Length + 1)..]) : folder;

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}

/// <summary>
/// What a folder's expansion left out as the service's own (<see cref="OwnFiles"/>): a folder or database, or with
/// <see cref="Whole"/> false the folder a run wrote its outputs into, of which only those were left out.
/// </summary>
public sealed record SkippedInput(string Path, string What, int Files, bool Whole)
{
    /// <summary>
    /// The console's line: "skipped: ./out: this run's output folder (--out), 7 files not read as articles", or for the
    /// input folder a run wrote into "skipped: 3 files in .: the outputs a run wrote there (report.md, run.json, …)".
    /// </summary>
    public string Line => Whole
        ? $"skipped: {Path}: {What}, {Count(Files)} not read as articles"
        : $"skipped: {Count(Files)} in {Path}: the outputs a run wrote there (report.md, run.json, summaries, stories), not read as articles";

    private static string Count(int files) => files == 1 ? "1 file" : $"{files} files";
}
