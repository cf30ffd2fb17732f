using Summarizer.Tests.TestSupport;
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
    public void Wordnet_is_read_where_it_is_installed_and_absent_where_not()
    {
        // Where WordNet's files are, they must have been read: the tests that need WordNet run there, not skip.
        Assert.Equal(WordNetSkip.Installed, WordNetLexicon.Shared is not null);
        Assert.Equal(WordNetSkip.Installed, WordNetLookup.Shared is not null);
    }

    [WordNetFact]
    public void Installed_wordnet_knows_antonyms_and_names()
    {
        var lexicon = WordNetLexicon.Shared;
        Assert.NotNull(lexicon);
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
