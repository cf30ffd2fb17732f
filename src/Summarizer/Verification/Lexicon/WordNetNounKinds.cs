using System.Collections.Concurrent;
using System.Text;

namespace Summarizer.Verification.Lexicon;

/// <summary>
/// What kind of thing a noun names, from WordNet's noun hierarchy, without reading all of WordNet: a word's senses are
/// found by binary search in <c>index.noun</c> (sorted, one lemma per line) and a sense's hypernyms (pointers <c>@</c>,
/// <c>@i</c>) by reading its one line of <c>data.noun</c> at the offset the index gives. A question costs a few reads
/// of the page cache, and the process pays nothing up front: the story comparison asks about a handful of nouns per
/// story, which the whole lexicon took over a second to load for. Lines read are remembered; safe for concurrent use.
/// </summary>
internal sealed class WordNetNounKinds
{
    private static readonly Lazy<WordNetNounKinds?> Instance = new(() => TryOpen(WordNetFolder.Current));

    private readonly WordForms _forms;
    private readonly byte[] _index;
    private readonly int[] _lineStarts;
    private readonly string _dataPath;
    private readonly ConcurrentDictionary<int, int[]> _parents = new();

    private WordNetNounKinds(WordForms forms, byte[] index, string dataPath)
    {
        (_forms, _index, _dataPath) = (forms, index, dataPath);
        _lineStarts = LineStarts(index);
    }

    /// <summary>This machine's WordNet nouns, or null when WordNet is not installed.</summary>
    public static WordNetNounKinds? Shared => Instance.Value;

    /// <summary>Opens the noun files of <paramref name="folder"/>; null when either is missing or unreadable.</summary>
    public static WordNetNounKinds? TryOpen(string folder)
    {
        string index = Path.Combine(folder, "index.noun"), data = Path.Combine(folder, "data.noun");
        if (!File.Exists(index) || !File.Exists(data)) return null;
        try { return new WordNetNounKinds(WordForms.Read(folder), File.ReadAllBytes(index), data); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    /// <summary>
    /// Whether most noun senses of one base form of <paramref name="folded"/> lie under a sense of the noun
    /// <paramref name="ancestor"/>, at any depth ("miner" → "worker" → "person"). Most, not any: "dog" has a sense for a
    /// kind of person too. Each base form apart: "workers" may be read as "work", whose senses are no people.
    /// </summary>
    public bool IsKindOf(string folded, string ancestor)
    {
        var above = Senses(ancestor).ToHashSet();
        if (above.Count == 0) return false;
        return _forms.Lemmas(folded).Any(form =>
        {
            var senses = Senses(form);
            return senses.Length > 0 && 2 * senses.Count(s => Reaches(s, above)) > senses.Length;
        });
    }

    private bool Reaches(int sense, HashSet<int> above)
    {
        var level = new HashSet<int> { sense };
        var seen = new HashSet<int>(level);
        // The noun hierarchy is at most about twenty links deep; the bound only guards against a malformed file's cycle.
        for (int depth = 0; depth < 32 && level.Count > 0; depth++)
        {
            if (level.Overlaps(above)) return true;
            level = level.SelectMany(Parents).Where(seen.Add).ToHashSet();
        }
        return false;
    }

    /// <summary>The synset offsets of a lemma's noun senses: the last fields of its index line.</summary>
    private int[] Senses(string lemma)
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
        int start = _lineStarts[number];
        var line = _index.AsSpan(start);
        int newline = line.IndexOf((byte)'\n');
        return (newline < 0 ? line : line[..newline]).TrimEnd((byte)'\r');
    }

    private int[] Parents(int offset) => _parents.GetOrAdd(offset, o => WordNetLines.Hypernyms(WordNetLines.ReadAt(_dataPath, o)));

    // Lines of the sorted part only: the licence header's lines start with a space and are left out.
    private static int[] LineStarts(byte[] index)
    {
        var starts = new List<int>();
        for (int at = 0; at < index.Length;)
        {
            if (index[at] != (byte)' ') starts.Add(at);
            int newline = index.AsSpan(at).IndexOf((byte)'\n');
            if (newline < 0) break;
            at += newline + 1;
        }
        return [.. starts];
    }
}
