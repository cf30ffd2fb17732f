using Summarizer.Summaries;
using Summarizer.Facts;
using Summarizer.Facts.People;

namespace Summarizer.Verification.Checks;

/// <summary>
/// Checks a named person and each role the summary gives them. A person is found by alias (surname,
/// spelling variants, accents); failing that, by the name occurring in the text. A role is Supported when one
/// of the person's roles in the article supports it (<see cref="RoleMatch"/>; a role naming no country, "President
/// Trump", leaves a claimed country unchecked only when no role of theirs names one), Contradicted when the article
/// gives them other roles (and none is merely relative, like "counterpart"), Unsupported when the article gives them
/// no role. Either note names who else holds the claimed role, when the article gives it to one to three people.
/// </summary>
internal static class PersonCheck
{
    public static IEnumerable<Finding> Check(string name, IReadOnlyList<string> roles, CheckContext ctx)
    {
        var person = PersonMatcher.Find(ctx.Facts.People, name);
        if (person is null)
        {
            int at = FindName(name, ctx);
            yield return at >= 0
                ? new Finding("person", name, FindingStatus.Supported, ctx.Article.Text.Substring(at, name.Length), at, name.Length, "name found in the text")
                : new Finding("person", name, FindingStatus.Unsupported, null, Note: "no one of that name in the article");
            string why = at >= 0 ? "the article gives this person no role" : "the article does not mention this person";
            foreach (var role in roles)
                yield return new Finding("role", $"{name}: {role}", FindingStatus.Unsupported, null, Note: why);
            yield break;
        }
        var first = person.Mentions.FirstOrDefault();
        yield return new Finding("person", name, FindingStatus.Supported, first?.Text ?? person.Name, first?.Span.Start ?? -1, first?.Span.Length ?? 0);
        foreach (var role in roles.Where(r => !string.IsNullOrWhiteSpace(r)))
            yield return CheckRole(person, name, role, ctx);
    }

    private static Finding CheckRole(PersonFact person, string name, string role, CheckContext ctx)
    {
        string claim = $"{name}: {role}";
        // A role naming no country stands for the country the article gives the person elsewhere ("President Trump"
        // after "U.S. President Donald Trump"): only when it gives none does the claim's country go unchecked.
        // Only a role of the same office counts ("ambassador to the U.S." places no Business Secretary).
        bool placed = person.Roles.Any(r => RoleMatch.NamesCountry(r.Role) && RoleMatch.SameOffice(r.Role, role));
        var match = person.Roles.FirstOrDefault(r => RoleMatch.Fit(r.Role, role).Strength is var s && (s == 2 || s == 1 && !placed));
        if (match is not null)
            return new Finding("role", claim, FindingStatus.Supported, ctx.Excerpt(match.Span), match.Span.Start, match.Span.Length);
        var holders = Holders(person, role, ctx.Facts.People);
        string? elsewhere = holders.Count == 0 ? null : $"; the article gives this role to {Join(holders.Select(h => h.Name))}";
        var actual = person.Roles.FirstOrDefault(r => !RoleMatch.IsRelative(r.Role));
        if (actual is null)
            return new Finding("role", claim, FindingStatus.Unsupported, null, Note: "the article gives this person no such role" + elsewhere);
        return new Finding("role", claim, FindingStatus.Contradicted, ctx.Excerpt(actual.Span), actual.Span.Start, actual.Span.Length,
            $"the article calls {person.Name} '{string.Join("', '", person.Roles.Select(r => r.Role).Distinct())}'{elsewhere}");
    }

    private const int MaxHolders = 3;

    /// <summary>
    /// The other people the article gives the claimed role: one of their roles supports it and names its country, when
    /// it names one ("Russian President" is not given to someone the article calls only "President", nor "President"
    /// to a "Vice President": see <see cref="RoleMatch"/>), with the fewest words beyond the claim's ("UK Prime
    /// Minister" before "Prime Minister's spokesman"). Several only when the claim leaves them apart ("Defense
    /// Minister" of three countries), and then at most <see cref="MaxHolders"/>; none when more.
    /// </summary>
    private static List<PersonFact> Holders(PersonFact person, string role, IReadOnlyList<PersonFact> people)
    {
        var fits = new List<(PersonFact Person, int Extra)>();
        foreach (var p in people)
        {
            if (ReferenceEquals(p, person)) continue;
            int extra = p.Roles.Select(r => RoleMatch.Fit(r.Role, role)).Where(f => f.Strength == 2).Select(f => f.Extra).DefaultIfEmpty(-1).Min();
            if (extra >= 0) fits.Add((p, extra));
        }
        if (fits.Count == 0) return [];
        int best = fits.Min(f => f.Extra);
        var holders = fits.Where(f => f.Extra == best).Select(f => f.Person).ToList();
        return holders.Count <= MaxHolders ? holders : [];
    }

    private static string Join(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 1 ? list[0] : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    /// <summary>Offset of the folded name in the folded article text on word boundaries, or -1.</summary>
    private static int FindName(string name, CheckContext ctx)
    {
        string needle = Text.TextFold.Fold(name.Trim());
        if (needle.Length < 3) return -1;
        for (int at = ctx.Folded.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = ctx.Folded.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            bool startOk = at == 0 || !char.IsLetter(ctx.Folded[at - 1]);
            int end = at + needle.Length;
            if (startOk && (end >= ctx.Folded.Length || !char.IsLetter(ctx.Folded[end]))) return at;
        }
        return -1;
    }
}
