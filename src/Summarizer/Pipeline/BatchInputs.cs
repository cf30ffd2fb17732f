using Summarizer.Articles.Reading;

namespace Summarizer.Pipeline;

/// <summary>The inputs of one batch: the files to read (some checked to be the content that settled), and the named paths that do not exist.</summary>
public sealed record BatchInputs(IReadOnlyList<InputFile> Files, IReadOnlyList<string> Missing)
{
    /// <summary>Articles of earlier runs to cluster beside this batch's own (a nightly run's earlier nights; never summarised again), and the time loading them took.</summary>
    public EarlierInputs Earlier { get; init; } = EarlierInputs.None;

    /// <summary>What the expansion of the input folders left out as the service's own files (<see cref="OwnFiles"/>).</summary>
    public IReadOnlyList<SkippedInput> Skipped { get; init; } = [];

    /// <summary>
    /// The files and folders of a command line, folders expanded (<see cref="ArticleFileReader.ExpandInputs"/>) without
    /// the service's own files found in them (<paramref name="own"/>; folders holding a run manifest whatever it says).
    /// </summary>
    public static BatchInputs FromPaths(IEnumerable<string> paths, OwnFiles? own = null)
    {
        own ??= OwnFiles.None;
        var files = new List<string>();
        var missing = new List<string>();
        var skipped = new List<SkippedInput>();
        foreach (var path in paths)
        {
            var expanded = ArticleFileReader.ExpandInputs([path], out var notFound);
            missing.AddRange(notFound);
            if (!Directory.Exists(path))
            {
                // A file named on its own is read whatever it is.
                files.AddRange(expanded);
                continue;
            }
            var (kept, left) = own.Filter(path, expanded);
            files.AddRange(kept);
            skipped.AddRange(left);
        }
        return new BatchInputs(files.Select(f => new InputFile(f)).ToList(), missing) { Skipped = skipped };
    }

    /// <summary>Files the caller has already looked at (<see cref="InputFile.SettledHash"/>), read when the batch takes them.</summary>
    public static BatchInputs Of(IReadOnlyList<InputFile> files) => new(files, []);
}
