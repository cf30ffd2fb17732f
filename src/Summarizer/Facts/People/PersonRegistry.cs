using Summarizer.Articles;
using Summarizer.Facts.Lexicons;
using Summarizer.Facts.Names;
using Summarizer.Text;

namespace Summarizer.Facts.People;

/// <summary>
/// Merges person detections into people (same surname key and compatible given name) and then finds every
/// further mention: the full name, or the surname alone when only one person carries it.
/// </summary>
internal sealed class PersonRegistry
{
    private sealed class Entry
    {
        public string Name = "";
        public int NameKeys;
        public string First = "";
        public string Last = "";
        public readonly List<RoleMention> Roles = [];
        public readonly List<Mention> Mentions = [];
        /// <summary>Some detection was more than an honorific before a common noun, or the article gave the surname a given name.</summary>
        public bool Confirmed;
    }

    private readonly List<Entry> _entries = [];

    /// <summary>Every mention with the index of its person, sorted by position (for quote attribution).</summary>
    public List<(Mention Mention, int Person)> MentionIndex { get; } = [];

    public static PersonRegistry Build(Article article, IReadOnlyList<Token> tokens, IEnumerable<PersonDetection> detections)
    {
        var registry = new PersonRegistry();
        var covered = new System.Collections.BitArray(article.Text.Length + 1);
        // "Lord Sugar", "Mr Hollis", "Sir Michael": the honorific is no given name, so the person is the Alan Sugar or the
        // Michael Wilshaw the article names in full, wherever that comes; they are matched once all full names are in.
        static bool Honorific(PersonDetection d) => StartsWithHonorific(d.Name);
        foreach (var d in detections.OrderBy(d => Honorific(d) ? 1 : 0))
        {
            bool honorific = Honorific(d);
            var keys = NameKey.Tokens(honorific ? NameTitles.Strip(d.Name) : d.Name);
            if (keys.Count == 0) continue;
            // "Mr Owen", "Dr Grace", "Lord Thomas" name a surname; only "Sir Michael" and "Dame Judi" a given name.
            var entry = registry.Match(keys) ?? (honorific && keys.Count == 1 && BeforeGivenName(d.Name) ? registry.OnlyWithGivenName(keys[0]) : null) ?? registry.Add(keys);
            if (entry.Name.Length == 0 || keys.Count > entry.NameKeys) { entry.Name = d.Name; entry.NameKeys = keys.Count; entry.First = keys.Count > 1 ? keys[0] : ""; }
            entry.Confirmed |= !d.Weak;
            entry.Mentions.Add(new Mention(d.Name, new TextSpan(d.Start, d.End - d.Start), article.SentenceIdAt(d.Start)));
            for (int p = d.Start; p < d.End; p++) covered[p] = true;
            if (d.Role is not null)
            {
                // The evidence of a role is the text that gives it to this person: the title or appositive and the name.
                int start = Math.Min(d.RoleStart, d.Start), end = Math.Max(d.RoleEnd, d.End);
                entry.Roles.Add(new RoleMention(d.Role, new TextSpan(start, end - start), article.SentenceIdAt(start)) { Inferred = d.RoleInferred });
            }
        }
        registry.FindMentions(article, tokens, covered);
        return registry;
    }

    public IReadOnlyList<PersonFact> ToFacts() => _entries.Select(e => new PersonFact(
        e.Name,
        e.Mentions.Select(m => m.Text).Distinct(StringComparer.Ordinal).ToList(),
        e.Roles,
        e.Mentions.OrderBy(m => m.Span.Start).ToList())).ToList();

    public string NameOf(int person) => _entries[person].Name;

    private Entry? Match(IReadOnlyList<string> keys)
    {
        string first = keys.Count > 1 ? keys[0] : "", last = keys[^1];
        foreach (var e in _entries)
            if (e.Last == last && (first.Length == 0 || e.First.Length == 0 || e.First == first)) return e;
        return null;
    }

    private Entry? OnlyWithGivenName(string key) => _entries.Where(e => e.First == key).ToList() is [var only] ? only : null;

    private Entry Add(IReadOnlyList<string> keys)
    {
        var e = new Entry { First = keys.Count > 1 ? keys[0] : "", Last = keys[^1] };
        _entries.Add(e);
        return e;
    }

    private void FindMentions(Article article, IReadOnlyList<Token> tokens, System.Collections.BitArray covered)
    {
        var bySurname = _entries.GroupBy(e => e.Last).ToDictionary(g => g.Key, g => g.ToList());
        string text = article.Text;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsCap || covered[t.Start]) continue;
            string key = NameKey.Of(t.Text);
            // "Volodymyr Zelensky" without a title: given name then surname.
            if (i + 1 < tokens.Count && Tokenizer.OnlySpaces(text, t.End, tokens[i + 1].Start)
                && bySurname.TryGetValue(NameKey.Of(tokens[i + 1].Text), out var full)
                && (full.FirstOrDefault(e => e.First == key) ?? TakesGivenName(full, text, tokens, i, key)) is { } person)
            {
                var next = tokens[i + 1];
                Add(person, text[t.Start..(next.Start + next.Bare.Length)], t.Start, article);
                i++;
                continue;
            }
            if (bySurname.TryGetValue(key, out var same) && same.Count == 1 && !InOrganisationName(text, tokens, i)
                && (same[0].First.Length > 0 || !CommonNouns.IsCommonNoun(key) || SurnameMentionShowsPerson(text, tokens, i)))
                Add(same[0], t.Bare, t.Start, article);
        }
        // "Dr Pepper sales rose", "Saving Mr Banks": an honorific before a common noun that nothing else made a person.
        _entries.RemoveAll(e => !e.Confirmed);
        foreach (var (e, index) in _entries.Select((e, i) => (e, i)))
            foreach (var m in e.Mentions) MentionIndex.Add((m, index));
        MentionIndex.Sort((a, b) => a.Mention.Span.Start.CompareTo(b.Mention.Span.Start));
    }

    /// <summary>The first word of a name, split at any white space (a no-break space too).</summary>
    private static string FirstWord(string name) => name.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : "";

    /// <summary>"Mr Hollis", "Sir Michael": the name opens with an honorific.</summary>
    private static bool StartsWithHonorific(string name) => Roles.IsHonorific(FirstWord(name));

    /// <summary>"Sir Michael", "Dame Judi": the honorifics written before a given name; "Mr", "Mrs", "Ms", "Dr" and "Lord" go before a surname.</summary>
    private static bool BeforeGivenName(string name) => FirstWord(name).ToLowerInvariant() is "sir" or "dame";

    /// <summary>
    /// "Mr Storm" is known by a common noun alone: a capitalised "Storm" elsewhere is he only after a title or an
    /// honorific, or before a verb of saying without an article before it ("Tropical Storm Ciaran", "Bush House" and
    /// "The Church said" are not he).
    /// </summary>
    private static bool SurnameMentionShowsPerson(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (i > 0 && Tokenizer.OnlySpaces(text, tokens[i - 1].End, tokens[i].Start))
        {
            var before = tokens[i - 1];
            if (Roles.IsHonorific(before.Text) || Roles.IsHead(before.Lower)) return true;
            if (before.Lower is "the" or "a" or "an") return false;
        }
        return NameContext.SpeechFollows(text, tokens, i);
    }

    /// <summary>"the J Craig Venter Institute", "the Boparan Private Office": a surname in an organisation's name is no mention of the person.</summary>
    private static bool InOrganisationName(string text, IReadOnlyList<Token> tokens, int i)
    {
        int j = i + 1;
        while (j < tokens.Count && j <= i + 3 && tokens[j].IsCap && Tokenizer.OnlySpaces(text, tokens[j - 1].End, tokens[j].Start))
        {
            if (OrganisationNames.IsCue(tokens[j].Text)) return true;
            j++;
        }
        return false;
    }

    /// <summary>
    /// "Marcus Storm, 34, … Mr Storm said": the one person known only as an honorific and a surname takes the given name a
    /// name-like word before the surname gives ("Tropical Storm", "Reclaiming Mozart" give none: an adjective, a verb), outside a
    /// longer name.
    /// </summary>
    private static Entry? TakesGivenName(List<Entry> withSurname, string text, IReadOnlyList<Token> tokens, int i, string key)
    {
        var given = tokens[i];
        // "the J Craig Venter Institute": a name inside a longer one names the institution, not the person.
        if (i + 2 < tokens.Count && tokens[i + 2].IsCap && Tokenizer.OnlySpaces(text, tokens[i + 1].End, tokens[i + 2].Start)) return null;
        if (!given.IsNameLike || given.IsPossessive
            || Verification.Lexicon.WordNetLookup.Shared is { } wordNet && (wordNet.IsAdjective(given.Lower) || wordNet.IsInflectedVerb(given.Lower))) return null;
        if (withSurname.Where(e => e.First.Length == 0 && StartsWithHonorific(e.Name)).ToList() is not [var only]) return null;
        only.First = key;
        only.Confirmed = true;
        only.NameKeys = 2;
        only.Name = given.Bare + " " + only.Name[FirstWord(only.Name).Length..].TrimStart();
        return only;
    }

    private static void Add(Entry e, string mention, int start, Article article) =>
        e.Mentions.Add(new Mention(mention, new TextSpan(start, mention.Length), article.SentenceIdAt(start)));
}
