using System.Text;

namespace Summarizer.Articles.Cleaning;

/// <summary>Normalises whitespace and invisible characters, and rejoins lines that a page or feed wrapped mid-sentence.</summary>
internal static class LineNormalizer
{
    // A line ending in one of these words cannot end a sentence or a heading: the next line continues it
    // ("Macron, speaking to" / "Le Figaro, described the plan ...").
    private static readonly HashSet<string> DanglingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "the", "a", "an", "of", "by", "from", "with", "about", "and", "or", "on", "at", "in", "for", "said",
        "says", "told", "according", "that", "whose", "which", "who", "than", "as", "via", "per", "between",
    };

    public static List<string> Lines(string body)
    {
        var lines = new List<string>();
        foreach (var raw in body.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
            lines.Add(NormalizeLine(raw));
        return JoinWrapped(lines);
    }

    private static string NormalizeLine(string line)
    {
        if (IsNormal(line)) return line;
        var sb = new StringBuilder(line.Length);
        bool space = false;
        foreach (char c in line)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD') continue;
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Most lines need no change: no invisible character, no control, no space at either end or twice in a row.</summary>
    private static bool IsNormal(string line)
    {
        if (line.Length == 0) return true;
        if (line[0] == ' ' || line[^1] == ' ') return false;
        char previous = 'x';
        foreach (char c in line)
        {
            if (c == ' ' ? previous == ' ' : c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' || char.IsWhiteSpace(c) || char.IsControl(c))
                return false;
            previous = c;
        }
        return true;
    }

    private static List<string> JoinWrapped(List<string> lines)
    {
        var joined = new List<string>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            while (EndsDangling(line))
            {
                int next = i + 1;
                while (next < lines.Count && lines[next].Length == 0) next++;
                if (next >= lines.Count || next - i > 2) break;
                line = line + " " + lines[next];
                i = next;
            }
            joined.Add(line);
        }
        return joined;
    }

    private static bool EndsDangling(string line)
    {
        if (line.Length == 0 || !char.IsLetter(line[^1])) return false;
        int start = line.LastIndexOf(' ') + 1;
        return DanglingWords.Contains(line[start..]);
    }
}
