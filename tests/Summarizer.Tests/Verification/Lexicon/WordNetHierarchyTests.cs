using Summarizer.Verification.Lexicon;

namespace Summarizer.Tests.Verification.Lexicon;

/// <summary>The "is a kind of" links read from WordNet's data-file format, on made-up noun and verb files.</summary>
public class WordNetHierarchyTests
{
    // offset lexfile type word-count words… pointer-count pointers(symbol offset pos source/target) | gloss
    private const string Noun =
        "  1 This software and database is provided by Princeton University (licence header lines start with spaces)\n" +
        "00000100 06 n 01 structure 0 000 | a thing built\n" +
        "00000200 06 n 02 bridge 0 span 0 001 @ 00000100 n 0000 | a structure over an obstacle\n" +
        "00000300 06 n 01 viaduct 0 001 @ 00000200 n 0000 | a bridge of many short spans\n" +
        "00000400 06 n 01 tunnel 0 001 @ 00000100 n 0000 | a passage under the ground\n" +
        "00000500 06 n 01 broken 0 002 @ 00000200 n 0000 @ | two pointers announced, one and a half given: passed over\n";

    private const string Verb =
        "00000100 29 v 01 examine 0 000 | look at closely\n" +
        "00000200 29 v 01 inspect 0 001 @ 00000100 v 0000 | look over carefully\n" +
        "00000300 29 v 01 check 0 001 @ 00000100 v 0000 | make sure of\n";

    [Fact]
    public void Kinds_within_two_links_and_sibling_verbs_are_related_and_others_are_not()
    {
        string folder = Directory.CreateTempSubdirectory("wordnet-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "data.noun"), Noun);
            File.WriteAllText(Path.Combine(folder, "data.verb"), Verb);
            var hierarchy = WordNetHierarchy.Read([Path.Combine(folder, "data.noun"), Path.Combine(folder, "data.verb"), Path.Combine(folder, "missing.adj")]);
            Assert.True(hierarchy.AreKindRelated(["viaduct"], ["bridge"]));      // one link up
            Assert.True(hierarchy.AreKindRelated(["structure"], ["viaduct"]));   // two links up, either order
            Assert.True(hierarchy.AreKindRelated(["span"], ["bridge"]));         // one synset
            Assert.True(hierarchy.AreKindRelated(["check"], ["inspect"]));       // verbs with the same direct hypernym
            Assert.False(hierarchy.AreKindRelated(["tunnel"], ["bridge"]));      // nouns with the same parent are rivals
            Assert.False(hierarchy.AreKindRelated(["tunnel"], ["viaduct"]));     // cousins are not paraphrases
            Assert.False(hierarchy.AreKindRelated(["broken"], ["bridge"]));      // the malformed line's "@ bridge" was not read
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
