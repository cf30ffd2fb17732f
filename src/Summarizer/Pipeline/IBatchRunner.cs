namespace Summarizer.Pipeline;

/// <summary>
/// Runs one batch into an output folder: <see cref="BatchRunner"/> in this process, or a coordinator that hands the
/// articles to workers through a queue (<c>Summarizer:Queue:Provider</c>); the outputs are the same either way.
/// </summary>
public interface IBatchRunner
{
    /// <summary>Runs the files and folders of <paramref name="inputs"/> into <paramref name="outputFolder"/>; a run's output folder found in an input folder is not read (<see cref="OwnFiles.OfRun"/>).</summary>
    Task<RunReport> RunAsync(IReadOnlyList<string> inputs, string outputFolder, IProgress<BatchProgress>? progress,
        CancellationToken cancellationToken, int? maxConcurrency = null);

    /// <summary>Runs <paramref name="inputs"/> (files to read, or already read, and missing paths) into <paramref name="outputFolder"/>.</summary>
    Task<RunReport> RunAsync(BatchInputs inputs, string outputFolder, IProgress<BatchProgress>? progress,
        CancellationToken cancellationToken, int? maxConcurrency = null);
}
