using System.Collections.Concurrent;

namespace Summarizer.Verification.Lexicon;

/// <summary>
/// A few questions to WordNet answered without reading all of it (as <see cref="WordNetLexicon"/> does): a word's senses
/// come from binary search in <c>index.noun</c> or <c>index.verb</c> (<see cref="WordNetIndexFile"/>), and a noun
/// sense's hypernyms (pointers <c>@</c>, <c>@i</c>) from its one line of <c>data.noun</c>, read at the offset the index
/// gives. A question costs a few reads of the page cache, and the process pays nothing up front: fact extraction and
/// the story comparison ask about a handful of words per article, which the whole lexicon took over a second to load
/// for. Lines read are remembered; safe for concurrent use.
/// </summary>
internal sealed class WordNetLookup
{
    private static readonly Lazy<WordNetLookup?> Instance = new(() => TryOpen(WordNetFolder.Current));

    private readonly WordForms _forms;
    private readonly WordNetIndexFile _nouns;
    private readonly WordNetIndexFile _verbs;
    private readonly WordNetIndexFile _adjectives;
    private readonly string _nounData;
    private readonly ConcurrentDictionary<int, Hypernym[]> _parents = new();
    private readonly ConcurrentDictionary<(string Word, string Ancestor, bool Instances), bool> _kinds = new();
    private readonly ConcurrentDictionary<(string Phrase, string Ancestor), bool?> _allSenses = new();

    /// <summary>
    /// Answers kept per word and ancestor: news repeats its words ("minister", "striker") across articles, and each
    /// answer walks the hierarchy. Past this many, answers are computed and not kept, so a text of made-up words cannot
    /// grow the memory of a long-lived process without bound.
    /// </summary>
    private const int MaxRemembered = 200_000;

    private WordNetLookup(string folder)
    {
        _forms = WordForms.Read(folder);
        _nouns = WordNetIndexFile.Read(Path.Combine(folder, "index.noun"));
        _verbs = WordNetIndexFile.Read(Path.Combine(folder, "index.verb"));
        _adjectives = WordNetIndexFile.Read(Path.Combine(folder, "index.adj"));
        _nounData = Path.Combine(folder, "data.noun");
    }

    /// <summary>This machine's WordNet, or null when it is not installed.</summary>
    public static WordNetLookup? Shared => Instance.Value;

    /// <summary>Opens the files of <paramref name="folder"/>; null when the noun files are missing or unreadable.</summary>
    public static WordNetLookup? TryOpen(string folder)
    {
        if (!File.Exists(Path.Combine(folder, "index.noun")) || !File.Exists(Path.Combine(folder, "data.noun"))) return null;
        try { return new WordNetLookup(folder); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    /// <summary>
    /// Whether most noun senses of one base form of <paramref name="folded"/> lie under a sense of the noun
    /// <paramref name="ancestor"/>, at any depth ("miner" → "worker" → "person"). Most, not any: "dog" has a sense for a
    /// kind of person too. Each base form apart: "workers" may be read as "work", whose senses are no people. With
    /// <paramref name="instances"/> false, a sense that is a named instance ("Franklin", the statesman) reaches nothing.
    /// </summary>
    public bool IsKindOf(string folded, string ancestor, bool instances = true) =>
        Remembered(_kinds, (folded, ancestor, instances), static (key, self) => self.FindKindOf(key.Item1, key.Item2, key.Item3));

    private bool FindKindOf(string folded, string ancestor, bool instances)
    {
        var above = _nouns.Senses(ancestor).ToHashSet();
        if (above.Count == 0) return false;
        return _forms.Lemmas(folded).Any(form =>
        {
            var senses = _nouns.Senses(form);
            return senses.Length > 0 && 2 * senses.Count(s => Reaches(s, above, instances)) > senses.Length;
        });
    }

    /// <summary>
    /// Whether every noun sense WordNet has for the phrase (words joined by '_', as its index writes them) lies under a
    /// sense of <paramref name="ancestor"/>, through named instances too ("arabic" and "childhood" under
    /// "abstraction"; not "derby", which is also a hat): null when WordNet does not know the phrase.
    /// </summary>
    public bool? AllSensesUnder(string phrase, string ancestor) =>
        Remembered(_allSenses, (phrase, ancestor), static (key, self) => self.FindAllSensesUnder(key.Item1, key.Item2));

    private bool? FindAllSensesUnder(string phrase, string ancestor)
    {
        var senses = _nouns.Senses(phrase);
        if (senses.Length == 0) return null;
        var above = _nouns.Senses(ancestor).ToHashSet();
        return senses.All(s => Reaches(s, above, instances: true));
    }

    /// <summary>True when the word is an inflection of a verb: a base form other than the word itself has a verb sense ("signed" → "sign").</summary>
    public bool IsInflectedVerb(string folded) => _forms.Lemmas(folded).Skip(1).Any(l => l != folded && _verbs.Senses(l).Length > 0);

    /// <summary>True when the word as written has an adjective sense ("obsessed", "signed"; not "sayed").</summary>
    public bool IsAdjectiveAsWritten(string folded) => _adjectives.Senses(folded).Length > 0;

    /// <summary>True when some base form of the word is a noun, verb or adjective WordNet has ("country", "shutter").</summary>
    public bool IsWord(string folded) =>
        _forms.Lemmas(folded).Any(l => _nouns.Senses(l).Length > 0 || _verbs.Senses(l).Length > 0 || _adjectives.Senses(l).Length > 0);

    /// <summary>True when some base form of the word has an adjective sense ("white", "liberal").</summary>
    public bool IsAdjective(string folded) => _forms.Lemmas(folded).Any(l => _adjectives.Senses(l).Length > 0);

    private TValue Remembered<TKey, TValue>(ConcurrentDictionary<TKey, TValue> answers, TKey key, Func<TKey, WordNetLookup, TValue> find)
        where TKey : notnull
    {
        if (answers.TryGetValue(key, out var known)) return known;
        var value = find(key, this);
        if (answers.Count < MaxRemembered) answers.TryAdd(key, value);
        return value;
    }

    private bool Reaches(int sense, HashSet<int> above, bool instances)
    {
        var level = new HashSet<int> { sense };
        var seen = new HashSet<int>(level);
        // The noun hierarchy is at most about twenty links deep; the bound only guards against a malformed file's cycle.
        for (int depth = 0; depth < 32 && level.Count > 0; depth++)
        {
            if (level.Overlaps(above)) return true;
            level = level.SelectMany(Parents).Where(h => instances || !h.Instance).Select(h => h.Offset).Where(seen.Add).ToHashSet();
        }
        return false;
    }

    // A data file that went away or cannot be read after the index was opened answers "no parents", never an error.
    private Hypernym[] Parents(int offset) => _parents.GetOrAdd(offset, o =>
    {
        try { return WordNetLines.Hypernyms(WordNetLines.ReadAt(_nounData, o)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return []; }
    });
}
