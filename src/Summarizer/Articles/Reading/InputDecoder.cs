using System.Text;

namespace Summarizer.Articles.Reading;

/// <summary>Turns a file's bytes into text, or says clearly why it cannot: empty, too large, binary, not valid text.</summary>
internal static class InputDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>What a file's reader takes, and what to do with text in another encoding (Latin-1, Windows-1252).</summary>
    public const string FileEncodingAdvice =
        "files are read as UTF-8, or UTF-16 with a byte-order mark: convert it first (for Latin-1 or Windows-1252 text, iconv -f windows-1252 -t utf-8 in.txt > out.txt)";

    /// <summary>What a request body may be instead: UTF-8, or a charset the request declares.</summary>
    public const string BodyEncodingAdvice = "send UTF-8 text or declare its charset (text/plain; charset=windows-1252)";

    /// <summary>
    /// The text of <paramref name="bytes"/> (at most <paramref name="maxBytes"/>), or null with <paramref name="error"/>
    /// naming <paramref name="what"/> ("the file", "the body") and the fault; text that is not UTF-8 gets
    /// <paramref name="advice"/> (<see cref="FileEncodingAdvice"/> unless said otherwise).
    /// </summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, long maxBytes, out string? error, string what = "the file", string advice = FileEncodingAdvice)
    {
        error = null;
        if (bytes.Length == 0) { error = $"{what} is empty"; return null; }
        if (bytes.Length > maxBytes)
        {
            error = $"{what} is {Megabytes(bytes.Length)}, over the {Megabytes(maxBytes)} limit (Summarizer:Input:MaxArticleBytes)";
            return null;
        }
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            return DecodeUtf16(bytes, out error, what);
        if (bytes.IndexOf((byte)0) >= 0) { error = $"{what} is binary (it contains NUL bytes), not text"; return null; }
        int bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        bytes = bytes[bom..];
        string text;
        try { text = StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException e)
        {
            int offset = FirstInvalidUtf8(bytes) ?? e.Index;
            error = $"{what} is not valid UTF-8 (bad byte 0x{bytes[offset]:X2} at offset {offset + bom}); {advice}";
            return null;
        }
        int control = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        if (control > text.Length / 20 + 2) { error = $"{what} looks binary (too many control characters)"; return null; }
        if (string.IsNullOrWhiteSpace(text)) { error = $"{what} holds only whitespace"; return null; }
        return text;
    }

    private static string? DecodeUtf16(ReadOnlySpan<byte> bytes, out string? error, string what)
    {
        error = null;
        var encoding = bytes[0] == 0xFF ? new UnicodeEncoding(false, true, true) : new UnicodeEncoding(true, true, true);
        try { return encoding.GetString(bytes[2..]); }
        catch (DecoderFallbackException) { error = $"{what} is not valid UTF-16"; return null; }
    }

    // Where the first byte that is not UTF-8 is, counted in the bytes given.
    private static int? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        return System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out int read, out _, replaceInvalidSequences: false) == System.Buffers.OperationStatus.InvalidData
            ? read : null;
    }

    internal static string Megabytes(long bytes) => $"{bytes / 1024d / 1024d:0.0} MB";
}
