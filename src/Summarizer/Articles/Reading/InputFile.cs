using System.Security.Cryptography;

namespace Summarizer.Articles.Reading;

/// <summary>
/// One input file of a batch: its path, and, when the caller has already checked that the file settled (the nightly
/// inbox), the SHA-256 and length it had then. Such a file is read again when the batch takes it, and its bytes are used
/// only when they still hash to <paramref name="SettledHash"/>: a file written to (or removed) since is never parsed
/// half-written. Between the inbox's scan and the batch only the hash is kept, never the bytes (the batch then holds the
/// articles it reads until their stories are compared).
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
            // Shared with a writer that still has it open, so that is seen as a change, not as an unreadable file; a file
            // that grew since it settled is not read at all.
            await using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, useAsync: true);
            if (SettledLength is { } settled && stream.Length != settled) throw new InputFileChangedException(Path);
            bytes = new byte[stream.Length];
            await stream.ReadExactlyAsync(bytes, cancellationToken);
            if (stream.Length != bytes.LongLength) throw new InputFileChangedException(Path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or EndOfStreamException)
        {
            throw new InputFileChangedException(Path, e);
        }
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), SettledHash, StringComparison.Ordinal))
            throw new InputFileChangedException(Path);
        return bytes;
    }
}

/// <summary>An <see cref="InputFile"/> whose content is no longer the one that settled (written to, replaced or removed since).</summary>
public sealed class InputFileChangedException(string path, Exception? inner = null)
    : IOException($"{path}: {InputFile.ChangedSinceSettled}", inner);
