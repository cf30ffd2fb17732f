using Summarizer.Summaries;
using System.Text.Json;
using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.IntegrationTests.Llm.Support;

namespace Summarizer.IntegrationTests.Llm;

/// <summary>The engine over a real seed article: the lead's cleaner and splitter, the real fact extractor, map-reduce.</summary>
public sealed class LlmSeedArticleTests : IAsyncLifetime
{
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Seed_article_is_summarised_map_reduce_from_clean_numbered_sentences()
    {
        var path = Directory.EnumerateFiles(Path.Combine(LlmTestHost.RepoPrompts, "..", "seeds"), "003_*.txt").Single();
        var article = new ArticleFactory().Create(new RawArticle(path, File.ReadAllText(path), TitleInBody: true));
        var facts = new FactExtractor().Extract(article);
        var reply = Replies.Completion(JsonSerializer.Serialize(new
        {
            headline = "Europe's defence ministers coordinate support for Ukraine",
            lede = "Defence ministers of Europe's main military powers met in Paris to coordinate support for Ukraine.",
            keyPoints = new[] { new { text = "Defense ministers of Europe's five main military powers held talks in Paris.", sentenceIds = new[] { 2 } } },
            people = new[] { new { name = "Sebastien Lecornu", roles = new[] { "French Defense Minister" } } },
            organisations = Array.Empty<string>(),
            places = new[] { "Paris" },
            quantities = Array.Empty<object>(),
            quotes = Array.Empty<object>(),
        }));
        _server.Enqueue(Enumerable.Range(0, 12).Select(_ => reply).ToArray());
        await using var host = LlmTestHost.Create(_server, new Dictionary<string, string?> { ["Summarizer:Llm:ContextBudgetTokens"] = "500" }, realVerifier: new Summarizer.Verification.SummaryVerifier());

        var summary = await host.SummarizeAsync(article, facts);

        var last = _server.Requests[^1].Messages[1].Content;
        Assert.True(summary.Fallback is null, last[Math.Max(0, last.IndexOf("Problems", StringComparison.Ordinal))..]);
        Assert.True(summary.Verdict!.IsVerified, string.Join("; ", summary.Verdict.Findings.Where(f => f.Status != Summarizer.Summaries.FindingStatus.Supported).Select(f => $"{f.Kind} {f.Claim} {f.Status} {f.Note}")));
        var prompts = _server.Requests.Select(r => r.Messages[1].Content).ToList();
        Assert.True(prompts.Count >= 3, $"expected map-reduce, got {prompts.Count} calls");
        Assert.Contains(prompts, p => p.Contains($"[{article.Sentences.Count - 1}] "));
        Assert.DoesNotContain(prompts, p => p.Contains("Subscribe\n")); // boilerplate the cleaner removed stays out
        Assert.Equal(prompts.Count, summary.Usage!.Calls);
    }
}
