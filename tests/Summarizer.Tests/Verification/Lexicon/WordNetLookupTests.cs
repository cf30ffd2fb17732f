using System.Text;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification.Lexicon;

namespace Summarizer.Tests.Verification.Lexicon;

/// <summary>Noun kinds looked up in made-up index and data files of WordNet's format, line by line at the offsets the index gives.</summary>
public class WordNetLookupTests
{
    // Data lines by key: each line's offset field is its byte position in the file, and a pointer's {key} becomes that line's offset.
    private static readonly (string Key, string Line)[] Data =
    [
        ("person", "03 n 01 person 0 000 | a human being"),
        ("animal", "03 n 01 animal 0 000 | a living thing that moves"),
        ("worker", "18 n 01 worker 0 001 @ {person} n 0000 | a person who works"),
        ("miner", "18 n 01 miner 0 001 @ {worker} n 0000 | a worker in a mine"),
        ("dog-animal", "05 n 01 dog 0 001 @ {animal} n 0000 | a domestic animal"),
        ("dog-animal2", "05 n 01 dog 0 001 @ {animal} n 0000 | a hunting dog"),
        ("dog-person", "18 n 01 dog 0 001 @ {person} n 0000 | a contemptible person"),
        ("work", "04 n 01 work 0 000 | activity directed toward making something"),
        ("broken", "18 n 01 broken 0 002 @ {person} n 0000 @ | two pointers announced, one and a half given"),
    ];

    private static readonly (string Lemma, string[] Keys)[] Index =
    [
        ("animal", ["animal"]), ("broken", ["broken"]), ("dog", ["dog-animal", "dog-animal2", "dog-person"]),
        ("miner", ["miner"]), ("person", ["person"]), ("work", ["work"]), ("worker", ["worker"]),
    ];

    [Fact]
    public void A_noun_is_a_kind_of_person_when_most_senses_of_one_base_form_reach_it()
    {
        using var folder = new WordNetFolderOnDisk();
        var kinds = WordNetLookup.TryOpen(folder.Path);
        Assert.NotNull(kinds);
        Assert.True(kinds.IsKindOf("miner", "person"));     // two links up
        Assert.True(kinds.IsKindOf("workers", "person"));   // a base form by detachment ("work" itself is no person)
        Assert.True(kinds.IsKindOf("person", "person"));
        Assert.False(kinds.IsKindOf("dogs", "person"));     // one sense of three
        Assert.False(kinds.IsKindOf("broken", "person"));   // the malformed line's "@ person" was not read
        Assert.False(kinds.IsKindOf("unicorn", "person"));  // not in the index
        Assert.False(kinds.IsKindOf("miner", "nothing"));   // an ancestor the index lacks
    }

    [Fact]
    public void Without_the_noun_files_there_is_no_lookup()
    {
        string missing = Path.Combine(Path.GetTempPath(), "no-wordnet-" + Guid.NewGuid().ToString("N"));
        Assert.Null(WordNetLookup.TryOpen(missing));
    }

    [WordNetFact]
    public void The_installed_wordnet_has_miners_and_children_as_people_and_dogs_not()
    {
        // Where WordNet is not installed the comparison counts only "people" and its classes.
        var kinds = WordNetLookup.Shared;
        Assert.NotNull(kinds);
        Assert.True(kinds.IsKindOf("miners", "person"));
        Assert.True(kinds.IsKindOf("children", "person"));
        Assert.False(kinds.IsKindOf("dogs", "person"));
        Assert.False(kinds.IsKindOf("houses", "person"));
        Assert.True(kinds.IsKindOf("arnold", "person"));                      // a named person, through the instance link
        Assert.False(kinds.IsKindOf("arnold", "person", instances: false));   // ... which common nouns only do not follow
        Assert.True(kinds.IsKindOf("actress", "person", instances: false));
        Assert.True(kinds.IsInflectedVerb("signed"));
        Assert.False(kinds.IsInflectedVerb("sign"));
        Assert.False(kinds.IsInflectedVerb("reed"));
        Assert.True(kinds.IsAdjective("white"));
        Assert.False(kinds.IsAdjective("actress"));
    }

    /// <summary>A temporary folder holding <c>index.noun</c>, <c>data.noun</c> and an empty <c>noun.exc</c>.</summary>
    private sealed class WordNetFolderOnDisk : IDisposable
    {
        private const string Header = "  1 licence header lines start with spaces\n";

        public string Path { get; } = Directory.CreateTempSubdirectory("wordnet-kinds-").FullName;

        public WordNetFolderOnDisk()
        {
            var offsets = Data.ToDictionary(d => d.Key, _ => 0);
            var data = new StringBuilder();
            // Offset fields are eight digits whatever their value, so the second pass lays each line where the first found it.
            for (int pass = 0; pass < 2; pass++)
            {
                data.Clear().Append(Header);
                foreach (var (key, line) in Data)
                {
                    offsets[key] = Encoding.UTF8.GetByteCount(data.ToString());
                    string resolved = Data.Aggregate(line, (l, d) => l.Replace("{" + d.Key + "}", offsets[d.Key].ToString("D8")));
                    data.Append($"{offsets[key]:D8} {resolved}\n");
                }
            }
            var index = new StringBuilder(Header);
            foreach (var (lemma, keys) in Index)
                index.Append($"{lemma} n {keys.Length} 0 {keys.Length} 0 {string.Join(' ', keys.Select(k => offsets[k].ToString("D8")))}  \n");
            File.WriteAllText(System.IO.Path.Combine(Path, "data.noun"), data.ToString());
            File.WriteAllText(System.IO.Path.Combine(Path, "index.noun"), index.ToString());
            File.WriteAllText(System.IO.Path.Combine(Path, "noun.exc"), "");
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
