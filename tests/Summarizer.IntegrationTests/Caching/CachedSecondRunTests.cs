using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Host.Cli;
using Summarizer.Pipeline;

namespace Summarizer.IntegrationTests.Caching;

/// <summary>
/// The CLI's composition (<c>AppHost.AddSummarizer</c>: pipeline, chat model, SQLite cache) run twice, each time as a
/// fresh process would build it, over one unchanged inbox: the second run is served from the cache, with no model call.
/// </summary>
public sealed class CachedSecondRunTests : IAsyncLifetime
{
    private const int Articles = 12;
    private readonly string _work = Directory.CreateTempSubdirectory("summarizer-cache-run-").FullName;
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartEchoAsync(TimeSpan.FromMilliseconds(200));

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Second_run_over_unchanged_articles_makes_no_model_call_and_writes_the_same_summaries()
    {
        var inbox = Path.Combine(_work, "inbox");
        SeedArticles.WriteVariants(inbox, Articles);
        var cache = Path.Combine(_work, "cache", "summarizer.db");

        var first = await RunAsync(inbox, Path.Combine(_work, "out1"), cache);
        var callsAfterFirst = _server.RequestCount;
        var second = await RunAsync(inbox, Path.Combine(_work, "out2"), cache);

        // One call per article and one per story told by several articles (the comparison); none the second time.
        var stories = Directory.GetFiles(Path.Combine(_work, "out1", "stories"), "*.json").Length;
        Assert.Equal(Articles, first.Succeeded);
        Assert.Equal(Articles, first.Verified);
        Assert.True(stories >= 1);
        Assert.Equal(Articles + stories, callsAfterFirst);
        Assert.Equal(callsAfterFirst, _server.RequestCount);
        Assert.Equal(Directory.GetFiles(Path.Combine(_work, "out1", "stories")).Order().Select(File.ReadAllText),
            Directory.GetFiles(Path.Combine(_work, "out2", "stories")).Order().Select(File.ReadAllText));
        Assert.Equal(Articles, second.Succeeded);
        Assert.Equal(first.Items.Select(i => (i.ArticleId, i.Headline, i.Verified)), second.Items.Select(i => (i.ArticleId, i.Headline, i.Verified)));
        Assert.StartsWith("llm:", second.Engine);
    }

    private async Task<RunReport> RunAsync(string inbox, string output, string cachePath)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Summarizer:Pipeline:MaxConcurrency"] = "8",
            ["Summarizer:Llm:Provider"] = "OpenAICompatible",
            ["Summarizer:Llm:Endpoint"] = _server.Endpoint,
            ["Summarizer:Llm:Model"] = "fake-model",
            ["Summarizer:Llm:MaxConcurrency"] = "8",
            ["Summarizer:Llm:PromptsFolder"] = SeedArticles.Prompts,
            ["Summarizer:Cache:Enabled"] = "true",
            ["Summarizer:Cache:Path"] = cachePath,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSummarizer(config).BuildServiceProvider();
        return await services.GetRequiredService<BatchRunner>().RunAsync([inbox], output, null, CancellationToken.None);
    }
}
