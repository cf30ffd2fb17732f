using System.Globalization;

namespace Summarizer.Verification.Lexicon;

/// <summary>
/// WordNet's "is a kind of" links (hypernyms and instance hypernyms, pointers <c>@</c> and <c>@i</c>) between synsets,
/// and the synsets of each single word: enough to tell that "glimpse" is a way to "see" and "viaduct" a "bridge".
/// Synset ids put the part of speech in the top bits and the data file's offset below, as in <see cref="WordNetLexicon"/>.
/// </summary>
internal sealed class WordNetHierarchy
{
    private readonly Dictionary<string, int[]> _senses;
    private readonly Dictionary<int, int[]> _hypernyms;

    private WordNetHierarchy(Dictionary<string, int[]> senses, Dictionary<int, int[]> hypernyms) =>
        (_senses, _hypernyms) = (senses, hypernyms);

    /// <summary>Reads the data files, in WordNet's part-of-speech order (noun, verb, adj, adv); a missing file adds nothing.</summary>
    public static WordNetHierarchy Read(IReadOnlyList<string> dataFiles)
    {
        var senses = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var hypernyms = new Dictionary<int, int[]>();
        for (int part = 0; part < dataFiles.Count; part++)
        {
            if (!File.Exists(dataFiles[part])) continue;
            foreach (var line in File.ReadLines(dataFiles[part]))
            {
                if (line.Length == 0 || line[0] == ' ') continue;
                // offset, lexicographer file, type, word count (hex), words with lex ids, pointer count, pointers of four fields.
                var f = line.Split(' ');
                int synset = part << 28 | int.Parse(f[0], CultureInfo.InvariantCulture);
                int words = int.Parse(f[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                for (int w = 0; w < words; w++)
                {
                    string word = f[4 + 2 * w];
                    int paren = word.IndexOf('(');
                    if (paren > 0) word = word[..paren];
                    if (word.Contains('_')) continue;
                    word = word.ToLowerInvariant();
                    if (!senses.TryGetValue(word, out var ids)) senses[word] = ids = [];
                    ids.Add(synset);
                }
                int at = 4 + 2 * words, pointers = int.Parse(f[at], CultureInfo.InvariantCulture);
                var above = new List<int>();
                for (int k = 0; k < pointers; k++)
                {
                    int p = at + 1 + 4 * k;
                    if (f[p] is "@" or "@i") above.Add(PartOf(f[p + 2]) << 28 | int.Parse(f[p + 1], CultureInfo.InvariantCulture));
                }
                if (above.Count > 0) hypernyms[synset] = [.. above];
            }
        }
        return new(senses.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal), hypernyms);
    }

    /// <summary>See <see cref="WordNetLexicon.AreKindRelated"/>; the arguments are each word's possible base forms.</summary>
    public bool AreKindRelated(IEnumerable<string> formsOfA, IEnumerable<string> formsOfB)
    {
        var a = SensesOf(formsOfA);
        var b = SensesOf(formsOfB);
        if (a.Count == 0 || b.Count == 0) return false;
        return a.Overlaps(b) || Above(a, 2).Overlaps(b) || Above(b, 2).Overlaps(a) || Above(a, 1).Overlaps(Above(b, 1));
    }

    private HashSet<int> SensesOf(IEnumerable<string> forms) =>
        [.. forms.SelectMany(f => _senses.TryGetValue(f, out var ids) ? ids : [])];

    /// <summary>The synsets at most <paramref name="steps"/> hypernym links above any of <paramref name="senses"/>.</summary>
    private HashSet<int> Above(HashSet<int> senses, int steps)
    {
        var found = new HashSet<int>();
        var layer = senses.ToList();
        for (int s = 0; s < steps && layer.Count > 0; s++)
            layer = [.. layer.SelectMany(id => _hypernyms.TryGetValue(id, out var up) ? up : []).Where(found.Add)];
        return found;
    }

    private static int PartOf(string symbol) => symbol switch { "n" => 0, "v" => 1, "a" or "s" => 2, _ => 3 };
}
