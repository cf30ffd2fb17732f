using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Facts.Lexicons;
using Summarizer.Facts.People;

namespace Summarizer.Summaries.Extractive;

/// <summary>
/// Which people a summary lists when the article names more than it has room for. People named in the summary's own
/// sentences come first (a reader sees them there). The rest are ranked by importance: how much of the text is about
/// them (each mention counts for a share of its sentence, so a name in a list of five counts for a fifth), the
/// seniority of their role, and whether they speak (a quotation or a speech verb after their name). Ties go to the
/// more senior role, then the more mentions, then the earlier first mention.
/// </summary>
internal static class PeopleRanking
{
    public static IReadOnlyList<PersonFact> Rank(Article article, FactSheet facts, IReadOnlySet<int> cited)
    {
        var perSentence = new Dictionary<int, int>();
        foreach (var p in facts.People)
            foreach (var id in p.Mentions.Select(m => m.SentenceId).Distinct()) perSentence[id] = perSentence.GetValueOrDefault(id) + 1;
        var speakers = new HashSet<string>(facts.Quotes.Where(q => q.Speaker is not null).Select(q => q.Speaker!), StringComparer.Ordinal);

        return facts.People
            .Select(p => (Person: p, Seniority: Seniority(p)))
            .Select(x => (x.Person, x.Seniority, Score: Score(article, x.Person, x.Seniority, perSentence, speakers)))
            .OrderByDescending(x => x.Person.Mentions.Any(m => cited.Contains(m.SentenceId)))
            .ThenByDescending(x => x.Score)
            .ThenByDescending(x => x.Seniority)
            .ThenByDescending(x => x.Person.Mentions.Count)
            .ThenBy(x => x.Person.Mentions.Count > 0 ? x.Person.Mentions.Min(m => m.Span.Start) : int.MaxValue)
            .Select(x => x.Person)
            .ToList();
    }

    private static double Score(Article article, PersonFact person, int seniority, Dictionary<int, int> perSentence, HashSet<string> speakers)
    {
        double share = person.Mentions.Select(m => m.SentenceId).Distinct().Sum(id => 1.0 / Math.Max(1, perSentence.GetValueOrDefault(id)));
        bool speaks = speakers.Contains(person.Name) || person.Mentions.Any(m => SpeechFollows(article.Text, m.Span.End));
        return share + seniority + (speaks ? 1 : 0);
    }

    /// <summary>3 for heads of state and government, 2 for other offices, 1 for staff and commentators, 0 for no role.</summary>
    public static int Seniority(PersonFact person) =>
        person.Roles.Count == 0 ? 0 : person.Roles.Max(r => RoleRank.Of(r.Role));

    /// <summary>"Pistorius stated", "Ryabkov previously warned".</summary>
    private static bool SpeechFollows(string text, int end)
    {
        int i = end;
        for (int word = 0; word < 2; word++)
        {
            while (i < text.Length && text[i] == ' ') i++;
            int wordEnd = i;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
            if (wordEnd == i) return false;
            string w = text[i..wordEnd];
            if (Words.IsSpeechVerb(w)) return true;
            if (!w.EndsWith("ly", StringComparison.Ordinal)) return false;
            i = wordEnd;
        }
        return false;
    }
}
