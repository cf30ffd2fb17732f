using System.Security.Cryptography;

namespace Summarizer.Scheduling;

/// <summary>
/// Reads an inbox file only once it has settled: its last write at least the quiet period ago (on the service's clock),
/// and its size and last-write time the same after reading as before. A file that is younger, changes while read,
/// or is named like a download in progress is still being written: the caller leaves it for the next run.
/// The bytes read for the check are the ones the run processes, so the file is read once and what is marked done is
/// exactly what was summarised.
/// </summary>
internal static class SettledFile
{
    private static readonly string[] PartialExtensions = [".tmp", ".part", ".partial", ".crdownload"];

    /// <summary>The file's content and its SHA-256, or null while it is still being written (or when it has just gone).</summary>
    public static async Task<SettledContent?> TryReadAsync(string file, DateTimeOffset now, TimeSpan quietPeriod, CancellationToken cancellationToken)
    {
        if (PartialExtensions.Any(e => file.EndsWith(e, StringComparison.OrdinalIgnoreCase))) return null;
        var before = new FileInfo(file);
        if (!before.Exists) return null;
        if (quietPeriod > TimeSpan.Zero && now - new DateTimeOffset(before.LastWriteTimeUtc, TimeSpan.Zero) < quietPeriod) return null;
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(file, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        var after = new FileInfo(file);
        if (!after.Exists || after.Length != before.Length || after.LastWriteTimeUtc != before.LastWriteTimeUtc || content.Length != before.Length)
            return null;
        return new SettledContent(content, Convert.ToHexStringLower(SHA256.HashData(content)));
    }
}

/// <summary>The whole content of a settled inbox file and its SHA-256 (lower-case hex).</summary>
internal sealed record SettledContent(byte[] Content, string Hash);
