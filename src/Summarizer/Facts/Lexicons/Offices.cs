namespace Summarizer.Facts.Lexicons;

/// <summary>
/// Offices of local government, policing and the courts, each held by one person in its place: the titles a reporter
/// puts before a name ("Sheriff John Miller", "Coroner Anne Beck") or after it ("Miller, the county sheriff"). They are
/// role heads to the fact extractor (<see cref="Roles"/>) and office words to the comparison of roles, so an office
/// known to one is known to the other; the place words before them ("County", "District") say where, not which.
/// </summary>
internal static class Offices
{
    private static readonly HashSet<string> Civic = new(StringComparer.Ordinal)
    {
        // Local government.
        "mayor", "governor", "alderman", "alderwoman", "councillor", "councilor", "councilman", "councilwoman",
        "selectman", "selectwoman", "assemblyman", "assemblywoman", "assemblymember", "comptroller",
        "treasurer", "prefect", "ombudsman", "registrar", "commissioner", "superintendent",
        // Policing and the courts.
        "sheriff", "undersheriff", "marshal", "constable", "coroner", "magistrate", "prosecutor", "bailiff", "warden",
    };

    /// <summary>The civic offices, lower case.</summary>
    public static IEnumerable<string> All => Civic;

    /// <summary>Whether <paramref name="word"/> (lower case, folded) names a civic office.</summary>
    public static bool IsCivic(string word) => Civic.Contains(word);
}
