using Summarizer.Text;

namespace Summarizer.Facts.Lexicons;

/// <summary>Words that name an office or function (role heads) and words that qualify one ("Deputy", "Defense").</summary>
internal static class Roles
{
    private static readonly HashSet<string> Heads = WithCivicOffices(new(StringComparer.Ordinal)
    {
        "president", "minister", "secretary", "chancellor", "ambassador", "spokesperson", "spokesman",
        "spokeswoman", "chairman", "chairwoman", "chair", "director", "commander", "commander-in-chief",
        "general", "admiral", "senator", "governor", "mayor", "king", "queen", "prince", "princess", "pope",
        "ceo", "chief", "envoy", "speaker", "leader", "counterpart", "fellow", "analyst", "adviser", "advisor",
        "officer", "representative", "premier", "pm", "judge", "attorney", "commissioner", "head", "correspondent",
        "editor", "professor", "diplomat", "negotiator", "lawmaker", "mp", "congressman", "congresswoman",
        "founder", "executive", "economist", "researcher", "author", "reporter", "sen.", "rep.", "gov.",
        "gen.", "lt.", "col.", "sgt.", "capt.", "president-elect", "taoiseach", "monarch", "emir", "sheikh",
        "marshal", "colonel", "lieutenant", "major", "captain", "sergeant", "vice-president", "deputy",
        "foreign secretary", "strategist", "expert", "scientist", "historian", "columnist", "politician", "manager",
        "coach", "inspector", "detective",
        // Abbreviated ranks and titles as British and US papers write them ("Det Sgt", "Ch Supt", "Prof", "Cllr", "Lt Gen").
        "sgt", "insp", "supt", "prof", "cllr", "gen", "lt", "col", "capt", "cdr", "adm",
    });

    // The offices of local government, policing and the courts are heads too, shared with the comparison of roles.
    private static HashSet<string> WithCivicOffices(HashSet<string> heads)
    {
        heads.UnionWith(Offices.All);
        return heads;
    }

    // Head words that also open common phrases ("General Election", "Premier League", "Chief Executive", "Head Office").
    private static readonly HashSet<string> AmbiguousHeads = new(StringComparer.Ordinal)
    {
        "general", "premier", "chief", "major", "head", "executive", "deputy", "manager", "leader", "speaker", "chair",
        "gen", "col", "lt",
    };

    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "deputy", "vice", "prime", "foreign", "defense", "defence", "finance", "interior", "home", "former",
        "senior", "special", "chief", "acting", "interim", "top", "military", "security", "national", "state",
        "economy", "economic", "energy", "health", "justice", "trade", "culture", "education", "first", "assistant",
        "junior", "shadow", "armed", "forces", "staff", "joint", "general", "opposition", "presidential",
        "press", "executive", "managing", "policy", "intelligence", "emergency", "european", "affairs", "army",
        "regional", "local", "federal", "international", "associate", "parliamentary", "permanent", "principal",
        "det", "ch", "det.", "ch.", "maj", "maj.",
    };

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "madam",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadLookup = Heads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ModifierLookup = Modifiers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HonorificLookup = Honorifics.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsHead(string word) => TextFold.ContainsFolded(HeadLookup, word);

    /// <summary>A head word that is often not a title at all ("General", "Premier", "Chief"); see <see cref="AmbiguousHeads"/>.</summary>
    public static bool IsAmbiguousHead(string word) => AmbiguousHeads.Contains(TextFold.Fold(word));

    public static bool IsModifier(string word) => TextFold.ContainsFolded(ModifierLookup, word);

    public static bool IsRoleWord(string word) => IsHead(word) || IsModifier(word);

    public static bool IsHonorific(string word) => TextFold.ContainsFolded(HonorificLookup, word);
}
