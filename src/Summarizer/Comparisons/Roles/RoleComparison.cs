using Summarizer.Comparisons;
namespace Summarizer.Comparisons.Roles;

/// <summary>
/// People's roles across outlets: roles naming the same office however worded (<see cref="RoleCore.GroupKeys"/>)
/// are one; one stated by two outlets is an agreement. A role one outlet gives that cannot be the same person's
/// as one another outlet gives (<see cref="RoleCore.Conflicts(string, string)"/>) makes the person a conflict,
/// its positions listed office by office, the most widely stated first.
/// </summary>
internal static class RoleComparison
{
    private sealed record Stated(int Input, string Role, string Key, Position Position);

    public static void Compare(IReadOnlyList<ComparisonInput> inputs, List<Agreement> agreements, List<Conflict> conflicts)
    {
        foreach (var person in PersonAligner.Align(inputs))
        {
            if (person.Members.Select(m => m.Input).Distinct().Count() < 2) continue;
            // An office read from a relational role is not the outlet's words, so it cannot be quoted as its position.
            var said = person.Members.SelectMany(m => m.Person.Roles.Where(r => !r.Inferred).Select(r => (m.Input, Role: r))).ToList();
            var keys = RoleCore.GroupKeys(said.Select(s => s.Role.Role));
            var stated = new List<Stated>();
            foreach (var (input, role) in said)
            {
                if (!keys.TryGetValue(role.Role, out var key)) continue;
                // One position per article and office: an article repeating a title is not more evidence.
                if (stated.Any(s => s.Input == input && s.Key == key)) continue;
                stated.Add(new Stated(input, role.Role, key, Positions.At(inputs[input], role.Role, role.SentenceId, role.Span)));
            }
            if (stated.Count == 0) continue;

            var offices = stated.GroupBy(s => s.Key)
                .OrderByDescending(g => g.Select(s => s.Input).Distinct().Count()).ThenBy(g => g.Min(s => s.Input)).ToList();
            foreach (var alike in offices)
            {
                var positions = alike.Select(s => s.Position).ToList();
                if (positions.Select(p => p.ArticleId).Distinct().Count() >= 2)
                    agreements.Add(new Agreement(FactKind.Role, $"{person.Name}: {CommonestRole(alike)}", positions));
            }

            bool conflicting = stated.Any(a => stated.Any(b => a.Input != b.Input && RoleCore.Conflicts(a.Role, b.Role)));
            if (!conflicting) continue;
            // An article giving the office the other outlets give and another besides is at odds with itself: reported
            // as such, not as the outlets disagreeing (Dissent).
            var ordered = offices.SelectMany(g => g.OrderBy(s => s.Input)).ToList();
            conflicts.AddRange(Dissent.Settle(new Conflict(FactKind.Role, person.Name, ordered.Select(s => s.Position).ToList()),
                p => ordered.First(s => s.Position == p).Key,
                (a, b) => RoleCore.Conflicts(ordered.First(s => s.Position == a).Role, ordered.First(s => s.Position == b).Role)));
        }
    }

    /// <summary>The wording most outlets use stands for the group; the plainest one on a tie.</summary>
    public static string CommonestRole(IEnumerable<string> alike) =>
        alike.GroupBy(s => s).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    private static string CommonestRole(IEnumerable<Stated> alike) => CommonestRole(alike.Select(s => s.Role));
}
