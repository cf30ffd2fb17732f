using System.Text;

namespace Summarizer.Verification.Lexicon;

/// <summary>
/// One of WordNet's index files (<c>index.noun</c>, <c>index.verb</c>, …), held as bytes: a lemma's line is found by
/// binary search (the files are sorted by lemma, byte by byte, after a licence header whose lines start with a space),
/// and its synset offsets are the line's last fields.
/// </summary>
internal sealed class WordNetIndexFile
{
    private readonly byte[] _bytes;
    private readonly int[] _lineStarts;

    private WordNetIndexFile(byte[] bytes) => (_bytes, _lineStarts) = (bytes, LineStarts(bytes));

    /// <summary>The index at <paramref name="path"/>; an empty index when the file is missing.</summary>
    public static WordNetIndexFile Read(string path) => new(File.Exists(path) ? File.ReadAllBytes(path) : []);

    /// <summary>The synset offsets of <paramref name="lemma"/>'s senses (lower case, words joined by '_'); none when it has no line.</summary>
    public int[] Senses(string lemma)
    {
        if (lemma.Length == 0 || lemma.Contains(' ')) return [];
        var key = Encoding.UTF8.GetBytes(lemma);
        int lo = 0, hi = _lineStarts.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var line = Line(mid);
            int space = line.IndexOf((byte)' ');
            int order = (space < 0 ? line : line[..space]).SequenceCompareTo(key);
            if (order == 0) return WordNetLines.IndexOffsets(line);
            if (order < 0) lo = mid + 1; else hi = mid - 1;
        }
        return [];
    }

    private ReadOnlySpan<byte> Line(int number)
    {
        var line = _bytes.AsSpan(_lineStarts[number]);
        int newline = line.IndexOf((byte)'\n');
        return (newline < 0 ? line : line[..newline]).TrimEnd((byte)'\r');
    }

    // Lines of the sorted part only: the licence header's lines start with a space and are left out.
    private static int[] LineStarts(byte[] bytes)
    {
        var starts = new List<int>();
        for (int at = 0; at < bytes.Length;)
        {
            if (bytes[at] != (byte)' ') starts.Add(at);
            int newline = bytes.AsSpan(at).IndexOf((byte)'\n');
            if (newline < 0) break;
            at += newline + 1;
        }
        return [.. starts];
    }
}
