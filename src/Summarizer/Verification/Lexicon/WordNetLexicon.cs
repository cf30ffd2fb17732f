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
    // Which parts of speech (bit per index of Parts) each single word has a sense in.
    private readonly Dictionary<string, byte> _partsOf = new(StringComparer.Ordinal);
    // Pertainyms and derivations both ways ("french" ↔ "france", "elect" ↔ "election"), and adjectives that pertain to a name.
    private readonly Dictionary<string, HashSet<string>> _related = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pertainsToName = new(StringComparer.Ordinal);
    // How often each word was tagged as a noun, verb, adjective, adverb in WordNet's sense-tagged corpus (cntlist.rev).
    private readonly Dictionary<string, int[]> _tagCounts = new(StringComparer.Ordinal);

    /// <summary>The lexicon of this machine's WordNet, or null when it is not installed.</summary>
    public static WordNetLexicon? Shared => Instance.Value;

    public static WordNetLexicon? TryLoad(string folder)
    {
        if (!Parts.All(p => File.Exists(Path.Combine(folder, "data." + p)))) return null;
        try
        {
            var lexicon = new WordNetLexicon();
            var links = new List<LexicalLink>();
            var words = new Dictionary<int, string[]>();
            for (int part = 0; part < Parts.Length; part++) lexicon.ReadData(Path.Combine(folder, "data." + Parts[part]), part, words, links);
            lexicon.ResolveLinks(words, links);
            foreach (var part in Parts) lexicon.ReadExceptions(Path.Combine(folder, part + ".exc"));
            lexicon.ReadTagCounts(Path.Combine(folder, "cntlist.rev"));
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

    /// <summary>True when some base form of the word is a noun in WordNet.</summary>
    public bool IsNoun(string folded) => HasPart(folded, 0);

    /// <summary>True when some base form of the word is an adjective in WordNet.</summary>
    public bool IsAdjective(string folded) => HasPart(folded, 2);

    /// <summary>
    /// True when the word is most often a noun: its first base form WordNet's tagged corpus counts is tagged a noun
    /// more than anything else ("house", not "say" or "moved"); failing counts, when it has a noun sense.
    /// </summary>
    public bool IsMostlyNoun(string folded) => MostlyPart(folded, 0);

    /// <summary>As <see cref="IsMostlyNoun"/>, for adjectives ("upper", "dead").</summary>
    public bool IsMostlyAdjective(string folded) => MostlyPart(folded, 2);

    private bool MostlyPart(string folded, int part)
    {
        foreach (var lemma in Lemmas(folded))
        {
            if (!_tagCounts.TryGetValue(lemma, out var counts)) continue;
            int best = 0;
            for (int p = 1; p < counts.Length; p++) if (counts[p] > counts[best]) best = p;
            return best == part;
        }
        return HasPart(folded, part);
    }

    /// <summary>
    /// Words WordNet links to a base form of the word by form and meaning: pertainyms ("french" → "france",
    /// "annual" → "year") and derivations ("elected" → "election"), both ways.
    /// </summary>
    public IEnumerable<string> RelatedForms(string folded) =>
        Lemmas(folded).SelectMany(l => _related.TryGetValue(l, out var set) ? set : (IEnumerable<string>)[]).Distinct();

    /// <summary>True when the word is an adjective pertaining to a name: a nationality or place ("french", "welsh", "parisian").</summary>
    public bool PertainsToName(string folded) => Lemmas(folded).Any(_pertainsToName.Contains);

    private bool HasPart(string folded, int part) => Lemmas(folded).Any(l => _partsOf.TryGetValue(l, out var parts) && (parts & 1 << part) != 0);

    /// <summary>
    /// Words that share a sense with some base form of the word ("ill" → "sick", "unwell"), without the word
    /// itself: what a paraphrase may put in its place.
    /// </summary>
    public IEnumerable<string> SynonymsOf(string folded) =>
        Lemmas(folded).SelectMany(l => _synsetsOf.TryGetValue(l, out var ids) ? ids : (IEnumerable<int>)[])
            .SelectMany(id => _synsetWords[id]).Where(w => w != folded).Distinct();

    private void ReadData(string path, int part, Dictionary<int, string[]> words, List<LexicalLink> links)
    {
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
                _partsOf[lemmas[w]] = (byte)(_partsOf.GetValueOrDefault(lemmas[w]) | 1 << part);
            }
            int synset = part << 28 | offset;
            words[synset] = lemmas;
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
                var symbol = fields.Next();
                bool antonym = symbol is "!", related = symbol is "\\" or "+";
                int target = fields.Int();
                int targetPart = PartOf(fields.Next());
                var sourceTarget = fields.Next();
                if (!(antonym || related) || sourceTarget.Length != 4) continue;
                int source = int.Parse(sourceTarget[..2], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                int targetWord = int.Parse(sourceTarget[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (source == 0 || targetWord == 0) continue;
                if (antonym) pending.Add((offset, source, target, targetWord));
                else links.Add(new LexicalLink(synset, source, targetPart << 28 | target, targetWord, Pertainym: symbol is "\\"));
            }
        }
        // Antonymy is between words of two synsets of the same part of speech: resolved once the file is read.
        foreach (var (offset, source, target, targetWord) in pending)
        {
            if (!words.TryGetValue(part << 28 | target, out var targets) || targetWord > targets.Length || source > words[part << 28 | offset].Length) continue;
            string a = words[part << 28 | offset][source - 1], b = targets[targetWord - 1];
            if (a.Contains('_') || b.Contains('_')) continue;
            if (!_antonyms.TryGetValue(a, out var set)) _antonyms[a] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(b);
        }
    }

    /// <summary>A pertainym or derivation pointer from one word of a synset to one word of another (synset ids as above).</summary>
    private readonly record struct LexicalLink(int Synset, int Word, int TargetSynset, int TargetWord, bool Pertainym);

    private static int PartOf(ReadOnlySpan<char> symbol) => symbol switch { "n" => 0, "v" => 1, "a" or "s" => 2, _ => 3 };

    // Links cross parts of speech ("french" is an adjective, "france" a noun): resolved once every file is read.
    private void ResolveLinks(Dictionary<int, string[]> words, List<LexicalLink> links)
    {
        foreach (var link in links)
        {
            if (!words.TryGetValue(link.Synset, out var from) || !words.TryGetValue(link.TargetSynset, out var to)) continue;
            if (link.Word > from.Length || link.TargetWord > to.Length) continue;
            string a = from[link.Word - 1], b = to[link.TargetWord - 1];
            if (a.Contains('_') || b.Contains('_') || a == b) continue;
            Relate(a, b);
            Relate(b, a);
            if (link.Pertainym && _names.Contains(b)) _pertainsToName.Add(a);
        }
    }

    private void Relate(string a, string b)
    {
        if (!_related.TryGetValue(a, out var set)) _related[a] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(b);
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

    private void ReadTagCounts(string path)
    {
        if (!File.Exists(path)) return;
        // "house%1:06:00:: 1 157": lemma, synset type (1 noun, 2 verb, 3 adjective, 4 adverb, 5 adjective satellite), count last.
        foreach (var line in File.ReadLines(path))
        {
            int percent = line.IndexOf('%'), space = line.LastIndexOf(' ');
            if (percent <= 0 || space < 0 || percent + 1 >= line.Length || !int.TryParse(line.AsSpan(space + 1), CultureInfo.InvariantCulture, out int count)) continue;
            int part = line[percent + 1] switch { '1' => 0, '2' => 1, '3' or '5' => 2, _ => 3 };
            string lemma = line[..percent];
            if (lemma.Contains('_')) continue;
            if (!_tagCounts.TryGetValue(lemma, out var counts)) _tagCounts[lemma] = counts = new int[4];
            counts[part] += count;
        }
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
