namespace Summarizer.Verification.Lexicon;

/// <summary>
/// What Princeton WordNet (Debian package <c>wordnet-base</c>, read from <c>/usr/share/wordnet</c> or the folder named
/// by <c>SUMMARIZER_WORDNET</c>) tells the verifier: whether a word is an ordinary English word or only ever a name,
/// each word's antonyms, synonyms, pertainyms and derivations, and which part of speech it mostly is (from the
/// sense-tagged counts of <c>cntlist.rev</c>). The files are read once, at first use, and only when present: without them
/// <see cref="Shared"/> is null and the checks that need it are skipped.
/// </summary>
internal sealed partial class WordNetLexicon
{
    private static readonly string[] Parts = ["noun", "verb", "adj", "adv"];
    private static readonly Lazy<WordNetLexicon?> Instance = new(() => TryLoad(WordNetFolder.Current));

    private readonly HashSet<string> _common = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _antonyms = new(StringComparer.Ordinal);
    private readonly WordForms _forms;
    // Synset ids (part of speech in the top bits, the data file's offset below) and the single words of each.
    private readonly Dictionary<string, List<int>> _synsetsOf = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string[]> _synsetWords = [];
    // Which parts of speech (bit per index of Parts) each single word has a sense in.
    private readonly Dictionary<string, byte> _partsOf = new(StringComparer.Ordinal);
    // WordNet's "is a kind of" links, read at the first question (AreKindRelated), not with the rest.
    private readonly Lazy<WordNetHierarchy> _hierarchy;
    // Pertainyms and derivations both ways ("french" ↔ "france", "elect" ↔ "election"), and adjectives that pertain to a name.
    private readonly Dictionary<string, HashSet<string>> _related = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pertainsToName = new(StringComparer.Ordinal);
    // How often each word was tagged as a noun, verb, adjective, adverb in WordNet's sense-tagged corpus (cntlist.rev).
    private readonly Dictionary<string, int[]> _tagCounts = new(StringComparer.Ordinal);

    /// <summary>The lexicon of this machine's WordNet, or null when it is not installed.</summary>
    public static WordNetLexicon? Shared => Instance.Value;

    private WordNetLexicon(string folder)
    {
        _forms = WordForms.Read(folder);
        _hierarchy = new(() => WordNetHierarchy.Read([.. Parts.Select(p => Path.Combine(folder, "data." + p))]));
    }

    public static WordNetLexicon? TryLoad(string folder)
    {
        if (!Parts.All(p => File.Exists(Path.Combine(folder, "data." + p)))) return null;
        try
        {
            var lexicon = new WordNetLexicon(folder);
            var links = new List<LexicalLink>();
            var words = new Dictionary<int, string[]>();
            for (int part = 0; part < Parts.Length; part++) lexicon.ReadData(Path.Combine(folder, "data." + Parts[part]), part, words, links);
            lexicon.ResolveLinks(words, links);
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
    public IEnumerable<string> Lemmas(string folded) => _forms.Lemmas(folded);

    /// <summary>True when some base form of the word is a noun in WordNet.</summary>
    public bool IsNoun(string folded) => HasPart(folded, 0);

    /// <summary>True when some base form of the word is an adjective in WordNet.</summary>
    public bool IsAdjective(string folded) => HasPart(folded, 2);

    /// <summary>
    /// True when the word is most often a noun: its first base form WordNet's tagged corpus counts is tagged a noun
    /// more than anything else ("house", not "say" or "moved"); failing counts, when it has a noun sense.
    /// </summary>
    public bool IsMostlyNoun(string folded) => MostlyPart(folded, 0);

    /// <summary>As <see cref="IsMostlyNoun"/>, for verbs ("approved", "moved").</summary>
    public bool IsMostlyVerb(string folded) => MostlyPart(folded, 1);

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
    /// True when a sense of one word is a sense of the other, lies at most two hypernym links above one ("see" above
    /// "glimpse", "travel" above "head"), or, for verbs, shares its direct hypernym ("check" and "inspect"): the same
    /// meaning, said more or less specifically. Nouns under one parent are rivals, not paraphrases ("car", "truck").
    /// The hierarchy is read at the first call, not with the rest of the lexicon: only a summary that rewrites the
    /// article's words asks.
    /// </summary>
    public bool AreKindRelated(string a, string b) => _hierarchy.Value.AreKindRelated(Lemmas(a), Lemmas(b));

    /// <summary>True when a sense of one verb causes or entails a sense of the other ("kill", "die").</summary>
    public bool AreCauseRelated(string a, string b) => _hierarchy.Value.AreCauseRelated(VerbForms(a), VerbForms(b));

    // Short past forms the detachment rules leave whole ("died" → "die", "tied" → "tie").
    private IEnumerable<string> VerbForms(string folded) =>
        folded.Length == 4 && folded.EndsWith("ed", StringComparison.Ordinal) ? Lemmas(folded).Append(folded[..^1]) : Lemmas(folded);

    /// <summary>True when a noun sense of <paramref name="narrow"/> is directly a kind of a noun sense of <paramref name="broad"/> ("win", "victory").</summary>
    public bool IsNounKindOf(string narrow, string broad) => _hierarchy.Value.IsNounKindOf(Lemmas(narrow), Lemmas(broad));

    /// <summary>
    /// Words that share a sense with some base form of the word ("ill" → "sick", "unwell"), without the word
    /// itself: what a paraphrase may put in its place.
    /// </summary>
    public IEnumerable<string> SynonymsOf(string folded) =>
        Lemmas(folded).SelectMany(l => _synsetsOf.TryGetValue(l, out var ids) ? ids : (IEnumerable<int>)[])
            .SelectMany(id => _synsetWords[id]).Where(w => w != folded).Distinct();
}
