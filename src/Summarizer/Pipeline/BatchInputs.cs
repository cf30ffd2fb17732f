using Summarizer.Articles.Reading;

namespace Summarizer.Pipeline;

/// <summary>The inputs of one batch: the files to read (some checked to be the content that settled), and the named paths that do not exist.</summary>
public sealed record BatchInputs(IReadOnlyList<InputFile> Files, IReadOnlyList<string> Missing)
{
    /// <summary>Articles of earlier runs to cluster beside this batch's own (a nightly run's earlier nights; never summarised again), and the time loading them took.</summary>
    public EarlierInputs Earlier { get; init; } = EarlierInputs.None;

    /// <summary>The files and folders of a command line, folders expanded (<see cref="ArticleFileReader.ExpandInputs"/>).</summary>
    public static BatchInputs FromPaths(IEnumerable<string> paths)
    {
        var files = ArticleFileReader.ExpandInputs(paths, out var missing);
        return new BatchInputs(files.Select(f => new InputFile(f)).ToList(), missing);
    }

    /// <summary>Files the caller has already looked at (<see cref="InputFile.SettledHash"/>), read when the batch takes them.</summary>
    public static BatchInputs Of(IReadOnlyList<InputFile> files) => new(files, []);
}
