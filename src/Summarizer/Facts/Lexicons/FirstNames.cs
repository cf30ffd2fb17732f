using Summarizer.Text;

namespace Summarizer.Facts.Lexicons;

/// <summary>
/// Common given names across the languages news copy meets. A capitalised pair starting with one of these is
/// taken for a person even without a title or a speech verb. Deliberately general, not tuned to any article.
/// </summary>
internal static class FirstNames
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "steve", "paul", "andrew",
        "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey",
        "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon",
        "benjamin", "ben", "samuel", "gregory", "frank", "alexander", "raymond", "patrick", "jack", "dennis",
        "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas", "zachary", "peter", "pete",
        "kyle", "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl",
        "terry", "sean", "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "jordan", "billy",
        "bruce", "albert", "willie", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy",
        "eugene", "vincent", "russell", "elijah", "louis", "bobby", "philip", "johnny", "mary", "patricia",
        "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy", "lisa",
        "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy", "carol",
        "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy",
        "shirley", "angela", "helen", "anna", "anne", "brenda", "pamela", "nicole", "emma", "samantha",
        "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather",
        "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly", "christina", "lauren", "joan",
        "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria",
        "ann", "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris", "abigail", "julia",
        "judy", "grace", "denise", "amber", "marilyn", "beverly", "danielle", "theresa", "sophia", "marie",
        "diana", "brittany", "natalie", "isabella", "charlotte", "rose", "alexis", "kayla", "kamala", "hillary",
        "jean-luc", "jean-pierre", "pierre", "jacques", "francois", "emmanuel", "nicolas", "olivier", "philippe",
        "michel", "alain", "bernard", "sophie", "isabelle", "nathalie", "valerie",
        "marine", "hans", "klaus", "jurgen", "wolfgang", "friedrich", "olaf", "boris", "angela", "ursula", "markus",
        "stefan", "andreas", "matthias", "giuseppe", "giovanni", "marco", "luca", "antonio", "francesco", "mario",
        "sergio", "carlos", "pedro", "manuel", "miguel", "javier", "pablo", "luis",
        "fernando", "vladimir", "dmitry", "dmitri", "sergei", "sergey", "alexei", "alexey", "ivan",
        "mikhail", "nikolai", "andrei", "andriy", "oleksandr", "olena", "yulia", "viktor", "victor", "yuri",
        "petro", "mykola", "taras", "denys", "rustem", "kyrylo", "valerii", "igor", "oleg", "anatoly", "pavel",
        "jan", "piotr", "andrzej", "tomasz", "krzysztof", "radoslaw", "donald", "lars", "mette", "ulf", "magnus",
        "jens", "erik", "henrik", "kaja", "gitanas", "edgars", "alar", "mark", "rishi", "liz",
        "theresa", "tony", "gordon", "nigel", "rachel", "yvette", "jd", "marco", "antony", "lloyd", "mike",
        "kristi", "tulsi", "elon", "jeff", "bill", "tim", "satya", "sundar", "xi", "narendra", "recep", "benjamin",
        "ali", "mohammed", "muhammad", "ahmed", "omar", "hassan", "hussein", "abdullah", "khalid", "recep",
        "shinzo", "fumio", "justin", "anthony", "jacinda", "chris", "matt", "nick", "tom", "dan", "sam", "rob",
        "mark", "alexander", "micheal", "michael", "leo", "enda", "antonio", "thierry", "josep",
        "kaja", "ursula", "roberta", "charles", "emmanuelle", "ruth", "jim", "bob", "ted", "newt", "rand",
        "sally", "sue", "andy",
        // Given names that are also English words for a person, so never taken for a role before a name.
        "sonny", "buddy", "bubba", "dusty", "rusty", "sandy", "chip", "chuck", "butch", "skip", "guy", "earl", "duke",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(string word) => TextFold.ContainsFolded(Lookup, word);
}
