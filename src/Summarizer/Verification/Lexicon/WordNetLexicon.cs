using System.Globalization;

namespace Summarizer.Verification.Lexicon;

/// <summary>
/// What Princeton WordNet (Debian package <c>wordnet-base</c>, read from <c>/usr/share/wordnet</c> or the folder named
/// by <c>SUMMARIZER_WORDNET</c>) tells the verifier: whether a word is an ordinary English word or only ever a name,
/// and each word's antonyms. The files are read once, at first use, and only when present: without them
/// <see cref="Shared"/> is null and the checks that need it are skipped.
/// </summary>
internal sealed class WordNetLexicon
{
    private const string DefaultFolder = "/usr/share/wordnet";
    private static readonly string[] Parts = ["noun", "verb", "adj", "adv"];
    private static readonly Lazy<WordNetLexicon?> Instance = new(() => TryLoad(Environment.GetEnvironmentVariable("SUMMARIZER_WORDNET") ?? DefaultFolder));

    private readonly HashSet<string> _common = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _antonyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _exceptions = new(StringComparer.Ordinal);
    // Synset ids (part of speech in the top bits, the data file's offset below) and the single words of each.
    private readonly Dictionary<string, List<int>> _synsetsOf = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string[]> _synsetWords = [];

    /// <summary>The lexicon of this machine's WordNet, or null when it is not installed.</summary>
    public static WordNetLexicon? Shared => Instance.Value;

    public static WordNetLexicon? TryLoad(string folder)
    {
        if (!Parts.All(p => File.Exists(Path.Combine(folder, "data." + p)))) return null;
        try
        {
            var lexicon = new WordNetLexicon();
            for (int part = 0; part < Parts.Length; part++) lexicon.ReadData(Path.Combine(folder, "data." + Parts[part]), part);
            foreach (var part in Parts) lexicon.ReadExceptions(Path.Combine(folder, part + ".exc"));
            lexicon._names.ExceptWith(lexicon._common);
            return lexicon;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    /// <summary>True when some form of the word is an ordinary (lower-case) English word.</summary>
    public bool IsCommonWord(string folded) => Lemmas(folded).Any(_common.Contains);

    /// <summary>True when WordNet knows the word only as a name ("london", "obama"), never as an ordinary word.</summary>
    public bool IsOnlyName(string folded) => _names.Contains(folded) && !IsCommonWord(folded);

    /// <summary>The antonyms of the word's base forms.</summary>
    public IEnumerable<string> AntonymsOf(string folded) =>
        Lemmas(folded).SelectMany(l => _antonyms.TryGetValue(l, out var set) ? set : (IEnumerable<string>)[]).Distinct();

    /// <summary>The word and its possible base forms (WordNet's exception lists, then its detachment rules).</summary>
    public IEnumerable<string> Lemmas(string folded)
    {
        yield return folded;
        if (_exceptions.TryGetValue(folded, out var irregular)) yield return irregular;
        foreach (var (suffix, replacement) in Detachments)
            if (folded.Length > suffix.Length + 2 && folded.EndsWith(suffix, StringComparison.Ordinal))
                yield return folded[..^suffix.Length] + replacement;
    }

    private static readonly (string Suffix, string Replacement)[] Detachments =
    [
        ("ies", "y"), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("s", ""),
        ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("er", ""), ("est", ""), ("er", "e"), ("est", "e"),
    ];

    /// <summary>
    /// Words that share a sense with some base form of the word ("ill" → "sick", "unwell"), without the word
    /// itself: what a paraphrase may put in its place.
    /// </summary>
    public IEnumerable<string> SynonymsOf(string folded) =>
        Lemmas(folded).SelectMany(l => _synsetsOf.TryGetValue(l, out var ids) ? ids : (IEnumerable<int>)[])
            .SelectMany(id => _synsetWords[id]).Where(w => w != folded).Distinct();

    private void ReadData(string path, int part)
    {
        var words = new Dictionary<int, string[]>();
        var pending = new List<(int Offset, int Source, int Target, int TargetWord)>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == ' ') continue;
            // Fields up to the gloss ("|"): offset, lexicographer file, type, word count (hex), words with their ids,
            // pointer count, pointers (symbol, offset, part of speech, source/target word numbers in hex).
            var fields = new FieldReader(line);
            int offset = fields.Int();
            fields.Skip(2);
            int count = fields.Hex();
            var lemmas = new string[count];
            for (int w = 0; w < count; w++)
            {
                var word = fields.Next();
                int paren = word.IndexOf('(');
                if (paren > 0) word = word[..paren];
                lemmas[w] = word.ToString().ToLowerInvariant();
                fields.Skip(1);
                if (word.Contains('_')) continue;
                (char.IsUpper(word[0]) ? _names : _common).Add(lemmas[w]);
            }
            words[offset] = lemmas;
            int synset = part << 28 | offset;
            var single = lemmas.Where(l => !l.Contains('_')).Distinct().ToArray();
            if (single.Length > 1)
            {
                _synsetWords[synset] = single;
                foreach (var l in single)
                {
                    if (!_synsetsOf.TryGetValue(l, out var ids)) _synsetsOf[l] = ids = [];
                    ids.Add(synset);
                }
            }
            int pointers = fields.Int();
            for (int k = 0; k < pointers; k++)
            {
                bool antonym = fields.Next() is "!";
                int target = fields.Int();
                fields.Skip(1);
                var sourceTarget = fields.Next();
                if (!antonym || sourceTarget.Length != 4) continue;
                int source = int.Parse(sourceTarget[..2], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                int targetWord = int.Parse(sourceTarget[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (source > 0 && targetWord > 0) pending.Add((offset, source, target, targetWord));
            }
        }
        // Antonymy is between words of two synsets of the same part of speech: resolved once the file is read.
        foreach (var (offset, source, target, targetWord) in pending)
        {
            if (!words.TryGetValue(target, out var targets) || targetWord > targets.Length || source > words[offset].Length) continue;
            string a = words[offset][source - 1], b = targets[targetWord - 1];
            if (a.Contains('_') || b.Contains('_')) continue;
            if (!_antonyms.TryGetValue(a, out var set)) _antonyms[a] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(b);
        }
    }

    /// <summary>Reads the space-separated fields of one line without splitting it into strings.</summary>
    private ref struct FieldReader(string line)
    {
        private ReadOnlySpan<char> _rest = line;

        public ReadOnlySpan<char> Next()
        {
            int space = _rest.IndexOf(' ');
            var field = space < 0 ? _rest : _rest[..space];
            _rest = space < 0 ? [] : _rest[(space + 1)..];
            return field;
        }

        public void Skip(int count)
        {
            for (int i = 0; i < count; i++) Next();
        }

        public int Int() => int.Parse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture);

        public int Hex() => int.Parse(Next(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }

    private void ReadExceptions(string path)
    {
        if (!File.Exists(path)) return;
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length >= 2) _exceptions.TryAdd(f[0], f[1]);
        }
    }
}
