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
    private readonly Dictionary<int, int[]> _consequences;

    private WordNetHierarchy(Dictionary<string, int[]> senses, Dictionary<int, int[]> hypernyms, Dictionary<int, int[]> consequences) =>
        (_senses, _hypernyms, _consequences) = (senses, hypernyms, consequences);

    /// <summary>
    /// Reads the data files, in WordNet's part-of-speech order (noun, verb, adj, adv). A missing or unreadable file
    /// adds nothing and a malformed line is passed over: the check that asks then sees fewer relations, never an error.
    /// </summary>
    public static WordNetHierarchy Read(IReadOnlyList<string> dataFiles)
    {
        var senses = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var hypernyms = new Dictionary<int, int[]>();
        var consequences = new Dictionary<int, int[]>();
        for (int part = 0; part < dataFiles.Count; part++)
        {
            try
            {
                if (!File.Exists(dataFiles[part])) continue;
                foreach (var line in File.ReadLines(dataFiles[part]))
                    if (line.Length > 0 && line[0] != ' ') ReadLine(Fields(line), part, senses, hypernyms, consequences);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return new(senses.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal), hypernyms, consequences);
    }

    /// <summary>The fields before the gloss (" | "), so that a line short of the fields it announces is seen to be.</summary>
    private static string[] Fields(string line)
    {
        int gloss = line.IndexOf(" | ", StringComparison.Ordinal);
        return (gloss < 0 ? line : line[..gloss]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    // offset, lexicographer file, type, word count (hex), words with lex ids, pointer count, pointers of four fields.
    private static void ReadLine(string[] f, int part, Dictionary<string, List<int>> senses, Dictionary<int, int[]> hypernyms,
        Dictionary<int, int[]> consequences)
    {
        if (f.Length < 5 || !int.TryParse(f[0], CultureInfo.InvariantCulture, out int offset)
            || !int.TryParse(f[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int words)) return;
        int at = 4 + 2 * words;
        if (at >= f.Length || !int.TryParse(f[at], CultureInfo.InvariantCulture, out int pointers) || at + 4 * pointers >= f.Length) return;
        int synset = part << 28 | offset;
        for (int w = 0; w < words; w++)
        {
            string word = f[4 + 2 * w];
            int paren = word.IndexOf('(');
            if (paren > 0) word = word[..paren];
            if (word.Length == 0 || word.Contains('_')) continue;
            word = word.ToLowerInvariant();
            if (!senses.TryGetValue(word, out var ids)) senses[word] = ids = [];
            ids.Add(synset);
        }
        var above = new List<int>();
        var leadsTo = new List<int>();
        for (int k = 0; k < pointers; k++)
        {
            int p = at + 1 + 4 * k;
            if (f[p] is "@" or "@i" && int.TryParse(f[p + 1], CultureInfo.InvariantCulture, out int target))
                above.Add(PartOf(f[p + 2]) << 28 | target);
            else if (f[p] is ">" or "*" && int.TryParse(f[p + 1], CultureInfo.InvariantCulture, out int effect))
                leadsTo.Add(PartOf(f[p + 2]) << 28 | effect);
        }
        if (above.Count > 0) hypernyms[synset] = [.. above];
        if (leadsTo.Count > 0) consequences[synset] = [.. leadsTo];
    }

    /// <summary>See <see cref="WordNetLexicon.AreKindRelated"/>; the arguments are each word's possible base forms.</summary>
    public bool AreKindRelated(IEnumerable<string> formsOfA, IEnumerable<string> formsOfB)
    {
        var a = SensesOf(formsOfA);
        if (a.Count == 0) return false;
        var b = SensesOf(formsOfB);
        if (b.Count == 0 || a.Overlaps(b)) return b.Count > 0;
        var (oneAboveA, twoAboveA) = Above(a);
        if (oneAboveA.Overlaps(b) || twoAboveA.Overlaps(b)) return true;
        var (oneAboveB, twoAboveB) = Above(b);
        // Verbs under one parent are ways of doing one thing ("check", "inspect"); nouns under one parent are rivals ("car", "truck").
        return oneAboveB.Overlaps(a) || twoAboveB.Overlaps(a) || oneAboveA.Where(IsVerb).Any(oneAboveB.Contains);
    }

    /// <summary>
    /// True when a verb sense of one word causes or entails a sense of the other (pointers <c>&gt;</c> and <c>*</c>):
    /// "kill" causes "die", "snore" entails "sleep". Either is then a fair way to tell the same event.
    /// </summary>
    public bool AreCauseRelated(IEnumerable<string> formsOfA, IEnumerable<string> formsOfB)
    {
        var a = SensesOf(formsOfA);
        var b = SensesOf(formsOfB);
        return Consequences(a).Overlaps(b) || Consequences(b).Overlaps(a);
    }

    private HashSet<int> Consequences(IEnumerable<int> senses) =>
        [.. senses.SelectMany(id => _consequences.TryGetValue(id, out var next) ? next : [])];

    /// <summary>
    /// True when a noun sense of <paramref name="formsOfNarrow"/> lies one hypernym link under a noun sense of
    /// <paramref name="formsOfBroad"/> ("win" under "victory"): the broad word names the same thing less specifically.
    /// </summary>
    public bool IsNounKindOf(IEnumerable<string> formsOfNarrow, IEnumerable<string> formsOfBroad)
    {
        var broad = SensesOf(formsOfBroad);
        broad.RemoveWhere(id => !IsNoun(id));
        return broad.Count > 0 && Parents(SensesOf(formsOfNarrow).Where(IsNoun)).Overlaps(broad);
    }

    private HashSet<int> SensesOf(IEnumerable<string> forms) =>
        [.. forms.SelectMany(f => _senses.TryGetValue(f, out var ids) ? ids : [])];

    /// <summary>The synsets one hypernym link above any of <paramref name="senses"/>, and those one further.</summary>
    private (HashSet<int> One, HashSet<int> Two) Above(HashSet<int> senses)
    {
        var one = Parents(senses);
        return (one, Parents(one));
    }

    private HashSet<int> Parents(IEnumerable<int> senses) =>
        [.. senses.SelectMany(id => _hypernyms.TryGetValue(id, out var up) ? up : [])];

    private static bool IsVerb(int synset) => synset >> 28 == 1;

    private static bool IsNoun(int synset) => synset >> 28 == 0;

    private static int PartOf(string symbol) => symbol switch { "n" => 0, "v" => 1, "a" or "s" => 2, _ => 3 };
}
