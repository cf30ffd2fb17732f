using Summarizer.Prompts;
using Summarizer.Tests.TestSupport;
using Summarizer.Comparisons.Quantities;
using Summarizer.Comparisons.Model;

namespace Summarizer.Tests.Comparisons.Model;

/// <summary>The data model renders through the real <c>prompts/compare.yaml</c>, so the two cannot drift apart unnoticed.</summary>
public sealed class ComparePromptTests
{
    [Fact]
    public void Compare_prompt_renders_every_article_with_facts_and_numbered_sentences()
    {
        var library = PromptLibrary.Load(Path.Combine(Repo.Root, "prompts"), PromptContracts.All);
        var inputs = SeedInputs.All();
        var data = ComparisonPromptData.Build("story-x", inputs);

        var messages = library["compare"].Render(data.ToVariables());

        string user = Assert.Single(messages, m => m.Role == "user").Content;
        Assert.Contains("story-x", user);
        foreach (var input in inputs)
        {
            Assert.Contains($"outlet=\"{Summarizer.Comparisons.ComparisonInput.LabelOf(input.Article)}\"", user.Replace("&quot;", "\""));
            Assert.Contains($"[{input.Article.Sentences.Count - 1}] ", user);
        }
        Assert.Contains("- quantity: 37 countries", user);
        Assert.Contains("- person: Keir Starmer (British Defense Secretary", user);
    }
}
