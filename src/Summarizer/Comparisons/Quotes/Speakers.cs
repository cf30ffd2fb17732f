using Summarizer.Comparisons.Roles;

namespace Summarizer.Comparisons.Quotes;

/// <summary>
/// Who each outlet says spoke a quotation, when it names a person of its article ("Ellison", "Governor Laura Chen"):
/// the full name the article gives. Speakers that are no named person ("officials", "the company") may be anyone, so
/// they never make a conflict.
/// </summary>
internal static class Speakers
{
    /// <summary>The full name of the person of the article the speaker names, or null when it names none.</summary>
    public static string? Named(ComparisonInput input, string? speaker)
    {
        if (speaker is null || TextKey.Tokens(speaker) is not { Count: > 0 } tokens) return null;
        var match = input.Facts.People.FirstOrDefault(p =>
            p.Aliases.Append(p.Name).Any(n => TextKey.Tokens(n) is { Count: > 0 } t && PersonAligner.SamePerson(t, tokens)));
        return match?.Name;
    }

    /// <summary>The quotes of a group with a named speaker, grouped by person (spellings one letter apart are one).</summary>
    public static List<List<QuoteComparison.Quoted>> Group(IReadOnlyList<QuoteComparison.Quoted> quotes)
    {
        var groups = new List<List<QuoteComparison.Quoted>>();
        foreach (var q in quotes.Where(q => q.Speaker is not null))
        {
            var tokens = TextKey.Tokens(q.Speaker!);
            var same = groups.FirstOrDefault(g => PersonAligner.SamePerson(TextKey.Tokens(g[0].Speaker!), tokens));
            if (same is null) groups.Add([q]);
            else same.Add(q);
        }
        return groups;
    }
}
