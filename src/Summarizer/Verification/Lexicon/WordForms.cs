namespace Summarizer.Verification.Lexicon;

/// <summary>
/// A word's possible base forms as WordNet's morphology finds them: its exception lists (<c>noun.exc</c>, <c>verb.exc</c>,
/// … : "men" → "man", "ran" → "run") first, then its detachment rules ("ies" → "y", "ed" → "", …). Read once per lexicon;
/// a missing exception file adds nothing.
/// </summary>
internal sealed class WordForms
{
    private static readonly string[] Parts = ["noun", "verb", "adj", "adv"];

    private static readonly (string Suffix, string Replacement)[] Detachments =
    [
        ("ies", "y"), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("s", ""),
        ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("er", ""), ("est", ""), ("er", "e"), ("est", "e"),
    ];

    private readonly Dictionary<string, string> _exceptions = new(StringComparer.Ordinal);

    /// <summary>Reads the exception lists of <paramref name="folder"/>, in WordNet's part-of-speech order (the first entry of a word wins).</summary>
    public static WordForms Read(string folder)
    {
        var forms = new WordForms();
        foreach (var part in Parts)
        {
            string path = Path.Combine(folder, part + ".exc");
            if (!File.Exists(path)) continue;
            foreach (var line in File.ReadLines(path))
            {
                var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (f.Length >= 2) forms._exceptions.TryAdd(f[0], f[1]);
            }
        }
        return forms;
    }

    /// <summary>The word itself, then its irregular base form, then what each detachment rule leaves.</summary>
    public IEnumerable<string> Lemmas(string folded)
    {
        yield return folded;
        if (_exceptions.TryGetValue(folded, out var irregular)) yield return irregular;
        foreach (var (suffix, replacement) in Detachments)
            if (folded.Length > suffix.Length + 2 && folded.EndsWith(suffix, StringComparison.Ordinal))
                yield return folded[..^suffix.Length] + replacement;
    }
}
