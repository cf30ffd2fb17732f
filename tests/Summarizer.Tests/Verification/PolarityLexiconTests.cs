using Summarizer.Verification.Lexicon;

namespace Summarizer.Tests.Verification;

/// <summary>WordNet is optional: read when installed (Debian wordnet-base), absent without error otherwise.</summary>
public class PolarityLexiconTests
{
    [Fact]
    public void A_folder_without_wordnet_gives_no_lexicon()
    {
        Assert.Null(WordNetLexicon.TryLoad(Path.Combine(Path.GetTempPath(), "no-wordnet-" + Guid.NewGuid().ToString("N"))));
    }

    [Fact]
    public void Installed_wordnet_knows_antonyms_and_names()
    {
        var lexicon = WordNetLexicon.Shared;
        if (lexicon is null)
        {
            // The package is not installed here: the checks that need it are skipped, which the test above covers.
            Assert.False(File.Exists("/usr/share/wordnet/data.adj") && Environment.GetEnvironmentVariable("SUMMARIZER_WORDNET") is null);
            return;
        }
        Assert.Contains("decrease", lexicon.AntonymsOf("increased"));
        Assert.True(lexicon.IsCommonWord("manager"));
        Assert.True(lexicon.IsOnlyName("london"));
        Assert.False(lexicon.IsCommonWord("kujala"));
        Assert.Contains("sick", lexicon.SynonymsOf("ill"));
        Assert.DoesNotContain("ill", lexicon.SynonymsOf("ill"));
        Assert.Empty(lexicon.SynonymsOf("kujala"));
        Assert.Contains("france", lexicon.RelatedForms("french"));
        Assert.Contains("election", lexicon.RelatedForms("elected"));
        Assert.True(lexicon.PertainsToName("french"));
        Assert.False(lexicon.PertainsToName("annual"));
        Assert.True(lexicon.IsNoun("house"));
        Assert.False(lexicon.IsNoun("quickly"));
        Assert.True(lexicon.IsAdjective("upper"));
    }
}
