using System.Globalization;

namespace Summarizer.Verification.Lexicon;

// Reading WordNet's data, exception and tagged-count files into the lexicon's tables (once, at load).
internal sealed partial class WordNetLexicon
{
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
}
