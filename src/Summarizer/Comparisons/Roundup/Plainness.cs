using Summarizer.Text;

namespace Summarizer.Comparisons.Roundup;

/// <summary>
/// How plainly a sentence words what it states, judged against the other outlets of the story: the share of its
/// content words that another outlet also uses. An outlet's loaded wording ("slammed", "scheme", a scare-quoted
/// label) is usually its own, while the plain words of the fact are shared; so of several outlets' wordings of one
/// fact, the one whose words the others also use is the neutral one. Scare quotes and exclamation cost extra.
/// </summary>
internal static class Plainness
{
    /// <summary>The content words of each input's title and text, which every candidate is judged against.</summary>
    public static IReadOnlyList<HashSet<string>> WordsOf(IReadOnlyList<ComparisonInput> inputs) =>
        inputs.Select(i => ContentWords.Prefixes((i.Article.Title ?? "") + " " + i.Article.Text)).ToList();

    /// <param name="candidate">The sentence.</param>
    /// <param name="inputWords">The inputs' words (<see cref="WordsOf"/>).</param>
    public static double Of(StorySentences.Candidate candidate, IReadOnlyList<HashSet<string>> inputWords)
    {
        var words = ContentWords.Prefixes(candidate.Sentence.Text);
        if (words.Count == 0) return 0;
        var others = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < inputWords.Count; i++)
            if (i != candidate.Input) others.UnionWith(inputWords[i]);
        double shared = ContentWords.Coverage(words, others);
        return shared - (HasScareQuote(candidate.Sentence.Text) ? 0.2 : 0) - (candidate.Sentence.Text.Contains('!') ? 0.2 : 0);
    }

    // A short quoted phrase inside a reporter's sentence is a label the outlet keeps at a distance or lends weight to.
    private static bool HasScareQuote(string text)
    {
        int open = -1;
        for (int k = 0; k < text.Length; k++)
        {
            if (text[k] is not ('"' or '“' or '”')) continue;
            if (open < 0) { open = k; continue; }
            int words = text[(open + 1)..k].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words is > 0 and <= 3) return true;
            open = -1;
        }
        return false;
    }
}
