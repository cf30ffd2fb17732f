using System.Runtime.CompilerServices;
using Summarizer.Facts.Lexicons;
using Summarizer.Text;

namespace Summarizer.Facts.People;

/// <summary>
/// Finds the article's person for a name written anywhere (a summary, a quote's speaker): by surname key and,
/// when both sides give one, a compatible given name. Titles and honorifics in the name are ignored where they are
/// titles (<see cref="NameTitles"/>): "Constable Smith" is Smith, "John Constable" is John Constable.
/// </summary>
public static class PersonMatcher
{
    /// <summary>The matching person, or null when none or (for a bare surname) more than one matches.</summary>
    public static PersonFact? Find(IReadOnlyList<PersonFact> people, string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var keys = NameKey.Tokens(NameTitles.Strip(name));
        if (keys.Count == 0) return null;
        string last = keys[^1];
        string? first = keys.Count > 1 ? keys[0] : null;
        PersonFact? found = null;
        foreach (var person in people)
        {
            if (!person.Aliases.Append(person.Name).Any(alias => Compatible(KeysOf(alias), first, last))) continue;
            if (found is not null && first is null) return null;
            found ??= person;
        }
        return found;
    }

    /// <summary>
    /// Name keys of a person's alias, computed once per alias string: the same people are matched against every
    /// claim of a summary. Keyed by reference, so the cache lives only as long as the fact sheet's strings.
    /// </summary>
    private static readonly ConditionalWeakTable<string, IReadOnlyList<string>> AliasKeys = new();

    private static IReadOnlyList<string> KeysOf(string alias) => AliasKeys.GetValue(alias, NameKey.Tokens);

    /// <summary>True when two names written differently denote the same person by the same rules.</summary>
    public static bool SameName(string a, string b)
    {
        var ka = NameKey.Tokens(a);
        var kb = NameKey.Tokens(b);
        return ka.Count > 0 && kb.Count > 0 && Compatible(ka, kb.Count > 1 ? kb[0] : null, kb[^1]);
    }

    private static bool Compatible(IReadOnlyList<string> alias, string? first, string last) =>
        alias.Count > 0 && alias[^1] == last && (first is null || alias.Count == 1 || alias[0] == first);
}
