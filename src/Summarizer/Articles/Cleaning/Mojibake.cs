using System.Text;

namespace Summarizer.Articles.Cleaning;

/// <summary>
/// Undoes the commonest mis-decoding of scraped text: UTF-8 bytes read as Windows-1252, so "café" arrives as "cafÃ©"
/// and "it’s" as "itâ€™s". A run of characters is re-encoded only when their Windows-1252 bytes form exactly one
/// valid UTF-8 sequence of two to four bytes (a lead byte, then continuation bytes); a lone accented letter ("é",
/// "Zürich") or two side by side ("éè") never do, so correctly decoded text is left alone.
/// </summary>
internal static class Mojibake
{
    private static readonly Dictionary<char, byte> Windows1252Bytes = BuildByteMap();

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text with every mis-decoded sequence restored; the same string when there is none.</summary>
    public static string Repair(string text)
    {
        // Lead bytes 0xC2–0xF4 read as Windows-1252 are the letters Â to ô: without one of them there is nothing to do.
        if (text.AsSpan().IndexOfAnyInRange('Â', 'ô') < 0) return text;
        StringBuilder? repaired = null;
        int copied = 0;
        Span<byte> bytes = stackalloc byte[4];
        for (int i = 0; i < text.Length; i++)
        {
            int length = SequenceLength(text[i]);
            if (length == 0 || i + length > text.Length || !TryBytes(text.AsSpan(i, length), bytes)) continue;
            string decoded;
            try { decoded = StrictUtf8.GetString(bytes[..length]); }
            catch (DecoderFallbackException) { continue; }
            repaired ??= new StringBuilder(text.Length);
            repaired.Append(text, copied, i - copied).Append(decoded);
            copied = i + length;
            i = copied - 1;
        }
        return repaired is null ? text : repaired.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>How many bytes a UTF-8 sequence led by this character's byte has (0 when it leads none).</summary>
    private static int SequenceLength(char c) => c switch
    {
        >= 'Â' and <= 'ß' => 2,
        >= 'à' and <= 'ï' => 3,
        >= 'ð' and <= 'ô' => 4,
        _ => 0,
    };

    // The Windows-1252 bytes of the characters, the first a lead byte and the rest continuation bytes (0x80–0xBF).
    private static bool TryBytes(ReadOnlySpan<char> chars, Span<byte> bytes)
    {
        for (int k = 0; k < chars.Length; k++)
        {
            if (!Windows1252Bytes.TryGetValue(chars[k], out byte b)) return false;
            if (k > 0 && b is < 0x80 or > 0xBF) return false;
            bytes[k] = b;
        }
        return true;
    }

    private static Dictionary<char, byte> BuildByteMap()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var windows1252 = Encoding.GetEncoding(1252);
        var map = new Dictionary<char, byte>();
        for (int b = 0x80; b <= 0xFF; b++)
        {
            char c = windows1252.GetString([(byte)b])[0];
            // The five bytes Windows-1252 leaves undefined arrive as the control characters of the same number.
            map[c == '\uFFFD' || c == '?' ? (char)b : c] = (byte)b;
        }
        return map;
    }
}
