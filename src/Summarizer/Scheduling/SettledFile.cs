using System.Security.Cryptography;

namespace Summarizer.Scheduling;

/// <summary>
/// Looks at an inbox file only once it has settled: its last write at least the quiet period ago (on the service's
/// clock), and its size and last-write time the same after hashing it as before. A file that is younger, changes while
/// hashed, or is named like a download in progress is still being written: the caller leaves it for the next run.
/// Only the hash and length are kept, never the bytes: the batch reads the file again when it takes it and uses the
/// bytes only if they still hash the same (<see cref="Articles.Reading.InputFile"/>).
/// </summary>
internal static class SettledFile
{
    private static readonly string[] PartialExtensions = [".tmp", ".part", ".partial", ".crdownload"];

    /// <summary>The file's SHA-256 and length, or null while it is still being written (or when it has just gone).</summary>
    public static async Task<SettledContent?> TryHashAsync(string file, DateTimeOffset now, TimeSpan quietPeriod, CancellationToken cancellationToken)
    {
        if (PartialExtensions.Any(e => file.EndsWith(e, StringComparison.OrdinalIgnoreCase))) return null;
        var before = new FileInfo(file);
        if (!before.Exists) return null;
        if (quietPeriod > TimeSpan.Zero && now - new DateTimeOffset(before.LastWriteTimeUtc, TimeSpan.Zero) < quietPeriod) return null;
        byte[] hash;
        long read;
        try
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete,
                bufferSize: 81920, useAsync: true);
            hash = await SHA256.HashDataAsync(stream, cancellationToken);
            read = stream.Position;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        var after = new FileInfo(file);
        if (!after.Exists || after.Length != before.Length || after.LastWriteTimeUtc != before.LastWriteTimeUtc || read != before.Length)
            return null;
        return new SettledContent(Convert.ToHexStringLower(hash), read);
    }
}

/// <summary>A settled inbox file's SHA-256 (lower-case hex) and length in bytes.</summary>
internal sealed record SettledContent(string Hash, long Length);
