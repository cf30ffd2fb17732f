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
        var names = Summarizer.Comparisons.OutletNames.Of(inputs);
        string unquoted = user.Replace("&quot;", "\"");
        // The seeds include articles stating no outlet: their title is no outlet to the model either.
        Assert.Contains(inputs, i => i.Outlet is null && i.Article.Title is not null);
        foreach (var input in inputs)
        {
            Assert.Contains($"outlet=\"{names[input.Article.Id]}\"", unquoted);
            if (input.Outlet is null && input.Article.Title is { } title) Assert.DoesNotContain($"outlet=\"{title}\"", unquoted);
            Assert.Contains($"[{input.Article.Sentences.Count - 1}] ", user);
        }
        Assert.Contains("- quantity: 37 countries", user);
        Assert.Contains("- person: Keir Starmer (British Defense Secretary", user);
    }
}
