using Summarizer.Facts;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Quantities;

namespace Summarizer.Comparisons.Roles;

/// <summary>
/// Finds the same person across articles by surname, diacritics folded ("José Núñez" = "Jose Nunez"), tolerating
/// one letter of transliteration ("Kovalenkko" = "Kovalenko"), unless both give first names that differ.
/// </summary>
internal static class PersonAligner
{
    /// <summary>One person across the story: each member is (input index, the person as that article gives them).</summary>
    public sealed record Group(string Name, IReadOnlyList<(int Input, PersonFact Person)> Members);

    public static List<Group> Align(IReadOnlyList<ComparisonInput> inputs)
    {
        var people = new List<(int Input, PersonFact Person, List<string> Tokens)>();
        for (int i = 0; i < inputs.Count; i++)
            foreach (var person in inputs[i].Facts.People)
                if (LongestName(person) is { Count: > 0 } tokens) people.Add((i, person, tokens));

        var parent = Enumerable.Range(0, people.Count).ToArray();
        var members = Enumerable.Range(0, people.Count).Select(i => new List<int> { i }).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        for (int a = 0; a < people.Count; a++)
            for (int b = a + 1; b < people.Count; b++)
            {
                int ra = Find(a), rb = Find(b);
                if (ra == rb || !SamePerson(people[a].Tokens, people[b].Tokens)) continue;
                // A bare surname must not chain two different first names into one person.
                if (!members[ra].All(x => members[rb].All(y => SamePerson(people[x].Tokens, people[y].Tokens)))) continue;
                parent[ra] = rb;
                members[rb].AddRange(members[ra]);
            }

        return Enumerable.Range(0, people.Count)
            .GroupBy(Find)
            .Select(g => g.Select(i => people[i]).ToList())
            .Select(members => new Group(
                members.Select(m => m.Person.Name).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).First(),
                members.Select(m => (m.Input, m.Person)).ToList()))
            .ToList();
    }

    // The fullest form of the name the article uses carries the first name when any form does.
    private static List<string> LongestName(PersonFact person) =>
        person.Aliases.Append(person.Name).Select(TextKey.Tokens).OrderByDescending(t => t.Count).First();

    internal static bool SamePerson(List<string> a, List<string> b)
    {
        if (!SimilarName(a[^1], b[^1])) return false;
        if (a.Count < 2 || b.Count < 2) return true;
        string fa = a[0], fb = b[0];
        // An initial matches any first name starting with it.
        return fa.Length == 1 || fb.Length == 1 ? fa[0] == fb[0] : SimilarName(fa, fb);
    }

    private static bool SimilarName(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= 5 && a[0] == b[0] && EditDistanceAtMostOne(a, b));

    private static bool EditDistanceAtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.Length > b.Length) i++;
            else if (b.Length > a.Length) j++;
            else { i++; j++; }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
