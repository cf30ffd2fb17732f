using System.Security.Cryptography;

namespace Summarizer.Articles.Reading;

/// <summary>
/// One input file of a batch: its path, and, when the caller has already checked that the file settled (the nightly
/// inbox), the SHA-256 and length it had then. Such a file is read when its turn comes and its bytes are used only when
/// they still hash to <paramref name="SettledHash"/>: a file written to (or removed) since is never parsed half-written.
/// Only the hash is kept meanwhile, never the bytes, so a large inbox is not held in memory for the whole batch.
/// </summary>
/// <param name="Path">Where the file is; the items read from it are named after it.</param>
/// <param name="SettledHash">The SHA-256 (lower-case hex) of the content the caller saw settle, or null to take the file as it is.</param>
/// <param name="SettledLength">The length the file had when it settled, checked against the size limit before it is read.</param>
public sealed record InputFile(string Path, string? SettledHash = null, long? SettledLength = null)
{
    /// <summary>The reason given for a file that is no longer the content that settled: the caller leaves it for its next run.</summary>
    public const string ChangedSinceSettled = "the file changed or went away after it settled; not read, left for the next run";

    /// <summary>The file's bytes; with <see cref="SettledHash"/>, throws <see cref="InputFileChangedException"/> unless they are the settled ones.</summary>
    public async Task<byte[]> ReadAsync(CancellationToken cancellationToken)
    {
        if (SettledHash is null) return await File.ReadAllBytesAsync(Path, cancellationToken);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(Path, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputFileChangedException(Path, e);
        }
        if (SettledLength is { } length && bytes.LongLength != length) throw new InputFileChangedException(Path);
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), SettledHash, StringComparison.Ordinal))
            throw new InputFileChangedException(Path);
        return bytes;
    }
}

/// <summary>An <see cref="InputFile"/> whose content is no longer the one that settled (written to, replaced or removed since).</summary>
public sealed class InputFileChangedException(string path, Exception? inner = null)
    : IOException($"{path}: {InputFile.ChangedSinceSettled}", inner);
