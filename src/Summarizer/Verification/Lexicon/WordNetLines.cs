using System.Buffers.Text;

namespace Summarizer.Verification.Lexicon;

/// <summary>Reading single lines of WordNet's index and data files (format: WordNet's <c>wndb(5)</c> manual page).</summary>
internal static class WordNetLines
{
    /// <summary>
    /// The synset offsets of an index line ("lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…"): its
    /// last <c>synset_cnt</c> fields. A line that announces more than it holds gives none.
    /// </summary>
    public static int[] IndexOffsets(ReadOnlySpan<byte> line)
    {
        var fields = Fields(line);
        if (fields.Count < 3 || !Utf8Parser.TryParse(line[fields[2]], out int count, out _) || count <= 0 || count > fields.Count - 4) return [];
        var offsets = new int[count];
        for (int i = 0; i < count; i++)
            if (!Utf8Parser.TryParse(line[fields[fields.Count - count + i]], out offsets[i], out _)) return [];
        return offsets;
    }

    /// <summary>
    /// The noun hypernyms (pointers <c>@</c>, and <c>@i</c> for an instance such as a named person) of a data line
    /// ("offset lex_filenum ss_type w_cnt word lex_id… p_cnt pointer… | gloss"); none for a line short of the pointers it announces.
    /// </summary>
    public static Hypernym[] Hypernyms(ReadOnlySpan<byte> line)
    {
        int gloss = line.IndexOf(" | "u8);
        if (gloss >= 0) line = line[..gloss];
        var fields = Fields(line);
        if (fields.Count < 5 || !Utf8Parser.TryParse(line[fields[3]], out int words, out _, 'x')) return [];
        int at = 4 + 2 * words;
        if (at >= fields.Count || !Utf8Parser.TryParse(line[fields[at]], out int pointers, out _) || at + 4 * pointers >= fields.Count) return [];
        var above = new List<Hypernym>();
        for (int k = 0; k < pointers; k++)
        {
            int p = at + 1 + 4 * k;
            var symbol = line[fields[p]];
            if ((symbol.SequenceEqual("@"u8) || symbol.SequenceEqual("@i"u8)) && line[fields[p + 2]].SequenceEqual("n"u8)
                && Utf8Parser.TryParse(line[fields[p + 1]], out int target, out _))
                above.Add(new Hypernym(target, Instance: symbol.Length == 2));
        }
        return [.. above];
    }

    /// <summary>The line of <paramref name="path"/> that starts at byte <paramref name="offset"/>, without its line end; empty past the end.</summary>
    public static byte[] ReadAt(string path, int offset)
    {
        using var handle = File.OpenHandle(path);
        var buffer = new byte[2048];
        int filled = 0;
        while (true)
        {
            int read = RandomAccess.Read(handle, buffer.AsSpan(filled), offset + filled);
            filled += read;
            int newline = buffer.AsSpan(0, filled).IndexOf((byte)'\n');
            if (newline >= 0) return buffer[..newline];
            if (read == 0) return buffer[..filled];
            if (filled == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        }
    }

    private static List<Range> Fields(ReadOnlySpan<byte> line)
    {
        var fields = new List<Range>();
        for (int at = 0; at < line.Length;)
        {
            int space = line[at..].IndexOf((byte)' ');
            int end = space < 0 ? line.Length : at + space;
            if (end > at) fields.Add(at..end);
            at = end + 1;
        }
        return fields;
    }
}

/// <summary>A hypernym pointer's target synset offset, and whether the source is an instance of it ("Obama" of "president").</summary>
internal readonly record struct Hypernym(int Offset, bool Instance);
