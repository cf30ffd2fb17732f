using Summarizer.Articles;
using Summarizer.Facts.Lexicons;

namespace Summarizer.Facts.People;

/// <summary>
/// A relational role names an office by another person's: "UK Defense Minister John Healey and his French counterpart
/// Sébastien Lecornu" makes Lecornu the French Defense Minister. Where the sentence gives the other person's office,
/// the counterpart gets that office with its own country, and the evidence is the whole stretch of text that says so.
/// Where it does not, the relational role stays as written.
/// </summary>
internal static class RelationalRoles
{
    public static List<PersonDetection> Resolve(Article article, List<PersonDetection> detections)
    {
        var resolved = new List<PersonDetection>(detections.Count);
        for (int i = 0; i < detections.Count; i++)
        {
            var d = detections[i];
            resolved.Add(d.Role is not null && IsCounterpart(d.Role) && Antecedent(article, detections, i) is { } other
                ? d with { Role = Transfer(other.Role!, d.Role), RoleStart = other.RoleStart, RoleEnd = d.RoleEnd, RoleInferred = true }
                : d);
        }
        return resolved;
    }

    private static bool IsCounterpart(string role) =>
        role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Equals("counterpart", StringComparison.OrdinalIgnoreCase));

    /// <summary>The nearest person before, in the same sentence, whose role names an office (not another relation).</summary>
    private static PersonDetection? Antecedent(Article article, List<PersonDetection> detections, int index)
    {
        var d = detections[index];
        int sentence = article.SentenceIdAt(d.RoleStart);
        for (int j = index - 1; j >= 0; j--)
        {
            var other = detections[j];
            if (other.End > d.RoleStart || article.SentenceIdAt(other.Start) != sentence) continue;
            if (other.Role is { } role && !IsCounterpart(role) && role.Split(' ').Any(Roles.IsHead)) return other;
        }
        return null;
    }

    /// <summary>The other person's office with the counterpart's country in place of its own: "UK Defense Minister" + "French" → "French Defense Minister".</summary>
    private static string Transfer(string office, string relational)
    {
        string? country = relational.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(Countries.IsCountryOrNationality);
        var words = office.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Countries.IsCountryOrNationality(w.TrimEnd('\'', '’', 's').TrimEnd('\'', '’')) && !Countries.IsCountryOrNationality(w))
            .ToList();
        if (country is not null) words.Insert(0, country);
        return string.Join(' ', words);
    }
}
