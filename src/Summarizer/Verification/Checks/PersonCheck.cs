using Summarizer.Summaries;
using Summarizer.Facts;
using Summarizer.Facts.People;

namespace Summarizer.Verification.Checks;

/// <summary>
/// Checks a named person and each role the summary gives them. A person is found by alias (surname,
/// spelling variants, accents); failing that, by the name occurring in the text. A role is Supported when one
/// of the person's roles in the article supports it, Contradicted when the article gives them other roles
/// (and none is merely relative, like "counterpart"), Unsupported when the article gives them no role.
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
        var match = person.Roles.FirstOrDefault(r => RoleMatch.Supports(r.Role, role));
        if (match is not null)
            return new Finding("role", claim, FindingStatus.Supported, ctx.Excerpt(match.Span), match.Span.Start, match.Span.Length);
        var holder = ctx.Facts.People.FirstOrDefault(p => p != person && p.Roles.Any(r => RoleMatch.Supports(r.Role, role)));
        string? elsewhere = holder is null ? null : $"; the article gives this role to {holder.Name}";
        var actual = person.Roles.FirstOrDefault(r => !RoleMatch.IsRelative(r.Role));
        if (actual is null)
            return new Finding("role", claim, FindingStatus.Unsupported, null, Note: "the article gives this person no such role" + elsewhere);
        return new Finding("role", claim, FindingStatus.Contradicted, ctx.Excerpt(actual.Span), actual.Span.Start, actual.Span.Length,
            $"the article calls {person.Name} '{string.Join("', '", person.Roles.Select(r => r.Role).Distinct())}'{elsewhere}");
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
