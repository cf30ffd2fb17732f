using Summarizer.Comparisons;
namespace Summarizer.Comparisons.Roles;

/// <summary>
/// People's roles across outlets: a role two outlets give alike is an agreement; a role one outlet gives that is
/// incompatible with one another outlet gives (see <see cref="RoleCore.Conflicts"/>) makes the person a conflict.
/// </summary>
internal static class RoleComparison
{
    private sealed record Stated(int Input, string Role, SortedSet<string> Core, Position Position);

    public static void Compare(IReadOnlyList<ComparisonInput> inputs, List<Agreement> agreements, List<Conflict> conflicts)
    {
        foreach (var person in PersonAligner.Align(inputs))
        {
            if (person.Members.Select(m => m.Input).Distinct().Count() < 2) continue;
            var stated = new List<Stated>();
            foreach (var (input, fact) in person.Members)
                foreach (var role in fact.Roles)
                {
                    // An office read from a relational role is not the outlet's words, so it cannot be quoted as its position.
                    if (role.Inferred) continue;
                    var core = RoleCore.Of(role.Role);
                    if (core.Count == 0) continue;
                    // One position per article and office: an article repeating a title is not more evidence.
                    if (stated.Any(s => s.Input == input && s.Core.SetEquals(core))) continue;
                    stated.Add(new Stated(input, role.Role, core, Positions.At(inputs[input], role.Role, role.SentenceId, role.Span)));
                }
            if (stated.Count == 0) continue;

            foreach (var alike in stated.GroupBy(s => RoleCore.Key(s.Core)))
            {
                var positions = alike.Select(s => s.Position).ToList();
                if (positions.Select(p => p.ArticleId).Distinct().Count() >= 2)
                    agreements.Add(new Agreement(FactKind.Role, $"{person.Name}: {CommonestRole(alike)}", positions));
            }

            bool conflicting = stated.Any(a => stated.Any(b => a.Input != b.Input && RoleCore.Conflicts(a.Core, b.Core)));
            if (conflicting)
                conflicts.Add(new Conflict(FactKind.Role, person.Name,
                    stated.OrderBy(s => s.Input).Select(s => s.Position).ToList()));
        }
    }

    // The wording most outlets use stands for the group; the plainest one on a tie.
    private static string CommonestRole(IEnumerable<Stated> alike) =>
        alike.GroupBy(s => s.Role).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
}
