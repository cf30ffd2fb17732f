using System.Text.RegularExpressions;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Comparisons;

/// <summary>The seeds must surface their conflicts through general rules: no word of their story may appear in the comparison code.</summary>
public sealed class GeneralRulesTests
{
    [Fact]
    public void Comparison_code_names_nothing_from_the_seed_story()
    {
        string[] storyWords = ["starmer", "coalition", "ukrain", "lecornu", "healey", "reassurance", "zelensk", "macron", "kyiv", "nato", "willing", "reassurance"];
        var files = Directory.GetFiles(Path.Combine(Repo.Root, "src", "Summarizer", "Comparisons"), "*.cs", SearchOption.AllDirectories);

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            string code = File.ReadAllText(file).ToLowerInvariant();
            // Word starts, so "senator" does not count as naming NATO.
            foreach (var word in storyWords) Assert.False(Regex.IsMatch(code, $@"\b{word}"), $"{Path.GetFileName(file)} mentions '{word}'");
        }
    }
}
