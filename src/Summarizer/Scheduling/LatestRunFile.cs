namespace Summarizer.Scheduling;

/// <summary>Reads the report of the most recent nightly run, as written by <see cref="InboxBatch"/>.</summary>
public static class LatestRunFile
{
    /// <summary>The JSON of <c>latest-run.json</c> in <paramref name="outputFolder"/>, or null before the first run.</summary>
    public static async Task<string?> ReadAsync(string outputFolder, CancellationToken cancellationToken)
    {
        string path = Path.Combine(outputFolder, InboxBatch.LatestReportFile);
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }
}
