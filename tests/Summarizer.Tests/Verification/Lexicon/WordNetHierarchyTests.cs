using Summarizer.Verification.Lexicon;

namespace Summarizer.Tests.Verification.Lexicon;

/// <summary>The "is a kind of" links read from WordNet's data-file format, on a made-up three-synset file.</summary>
public class WordNetHierarchyTests
{
    // offset lexfile type word-count words… pointer-count pointers(symbol offset pos source/target) | gloss
    private const string Noun =
        "  1 This software and database is provided by Princeton University (licence header lines start with spaces)\n" +
        "00000100 06 n 01 structure 0 000 | a thing built\n" +
        "00000200 06 n 02 bridge 0 span 0 001 @ 00000100 n 0000 | a structure over an obstacle\n" +
        "00000300 06 n 01 viaduct 0 001 @ 00000200 n 0000 | a bridge of many short spans\n" +
        "00000400 06 n 01 tunnel 0 001 @ 00000100 n 0000 | a passage under the ground\n" +
        "00000500 06 n 05 broken 0 009 @ | a malformed line, passed over\n";

    [Fact]
    public void Kinds_within_two_links_and_siblings_are_related_and_others_are_not()
    {
        string folder = Directory.CreateTempSubdirectory("wordnet-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "data.noun"), Noun);
            var hierarchy = WordNetHierarchy.Read([Path.Combine(folder, "data.noun"), Path.Combine(folder, "missing.verb")]);
            Assert.True(hierarchy.AreKindRelated(["viaduct"], ["bridge"]));      // one link up
            Assert.True(hierarchy.AreKindRelated(["structure"], ["viaduct"]));   // two links up, either order
            Assert.True(hierarchy.AreKindRelated(["span"], ["bridge"]));         // one synset
            Assert.True(hierarchy.AreKindRelated(["tunnel"], ["bridge"]));       // the same direct hypernym
            Assert.False(hierarchy.AreKindRelated(["tunnel"], ["viaduct"]));     // cousins are not paraphrases
            Assert.False(hierarchy.AreKindRelated(["broken"], ["bridge"]));      // the malformed line added nothing
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
