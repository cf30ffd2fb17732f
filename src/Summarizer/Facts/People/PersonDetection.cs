namespace Summarizer.Facts.People;

/// <summary>
/// A name found with enough evidence to be a person, and the role written next to it, if any (<see cref="RoleInferred"/>
/// when the role is the office a relational one stands for).
/// </summary>
internal sealed record PersonDetection(string Name, int Start, int End, string? Role, int RoleStart, int RoleEnd, bool RoleInferred = false)
{
    /// <summary>The name opens with an abbreviated rank taken for a given name ("Gen Hoshino"), which another detection of the surname overrules.</summary>
    public bool RankAsName { get; init; }

    /// <summary>
    /// An honorific before a common noun with nothing else that says person ("Mr Storm is …", "Dr Pepper sales"): the
    /// registry keeps it only when the article gives the surname a given name ("Marcus Storm") or names it so with evidence.
    /// </summary>
    public bool Weak { get; init; }
}
