using System.Text;

namespace Summarizer.Articles.Reading;

/// <summary>Turns a file's bytes into text, or says clearly why it cannot: empty, too large, binary, not valid text.</summary>
internal static class InputDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="bytes"/> (at most <paramref name="maxBytes"/>), or null with <paramref name="error"/> naming <paramref name="what"/> ("the file", "the body") and the fault.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, long maxBytes, out string? error, string what = "the file")
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
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        string text;
        try { text = StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException e)
        {
            error = $"{what} is not valid UTF-8 (bad byte at offset {e.Index}); send UTF-8 text or declare its charset";
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

    internal static string Megabytes(long bytes) => $"{bytes / 1024d / 1024d:0.0} MB";
}
