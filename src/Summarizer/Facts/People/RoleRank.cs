using Summarizer.Facts.Lexicons;

namespace Summarizer.Facts.People;

/// <summary>How senior an office a role names: a general ordering for choosing whom a summary lists, not a judgement of anyone.</summary>
public static class RoleRank
{
    // Heads of state and government, and monarchs.
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "president", "president-elect", "prime", "pm", "premier", "chancellor", "king", "queen", "monarch", "emir",
        "sheikh", "pope", "taoiseach",
    };

    // Staff, commentators and others who speak about an office rather than hold one.
    private static readonly HashSet<string> Staff = new(StringComparer.Ordinal)
    {
        "spokesperson", "spokesman", "spokeswoman", "analyst", "fellow", "expert", "researcher", "correspondent",
        "reporter", "editor", "columnist", "adviser", "advisor", "economist", "strategist", "historian", "scientist",
        "professor", "author",
    };

    /// <summary>3 for a head of state or government, 1 for staff and commentators, 2 for any other office, 0 for no office word.</summary>
    public static int Of(string role)
    {
        var words = role.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => Text.TextFold.Fold(w.Trim('.', ',', '\''))).ToList();
        bool relative = words.Contains("counterpart");
        bool deputy = words.Any(w => w is "deputy" or "vice" or "former" or "ex" or "acting" or "interim");
        int rank = 0;
        foreach (var w in words)
        {
            if (Heads.Contains(w) && !deputy) rank = Math.Max(rank, 3);
            else if (Staff.Contains(w)) rank = Math.Max(rank, 1);
            else if (Roles.IsHead(w)) rank = Math.Max(rank, 2);
        }
        // A spokesperson of a ministry is staff, whatever office the ministry's name holds.
        if (words.Any(Staff.Contains)) rank = Math.Min(rank, 1);
        return relative && rank > 1 ? 1 : rank;
    }
}
