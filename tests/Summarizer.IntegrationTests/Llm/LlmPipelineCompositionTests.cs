using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Articles;
using Summarizer.IntegrationTests.Llm.Support;
using Summarizer.Llm;
using Summarizer.Llm.Engine;
using Summarizer.Pipeline;
using Summarizer.Summaries;

namespace Summarizer.IntegrationTests.Llm;

/// <summary>AddSummarizerLlm beside the lead's AddSummarizerPipeline: a configured model becomes the engine, in either order.</summary>
public sealed class LlmPipelineCompositionTests : IAsyncLifetime
{
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Configured_model_replaces_the_extractive_default_and_falls_back_to_it(bool llmFirst)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Summarizer:Llm:Provider"] = "OpenAICompatible",
            ["Summarizer:Llm:Endpoint"] = _server.Endpoint,
            ["Summarizer:Llm:Model"] = "fake-model",
            ["Summarizer:Llm:PromptsFolder"] = LlmTestHost.RepoPrompts,
            ["Summarizer:Llm:Resilience:MaxRetries"] = "0",
            ["Summarizer:Cache:Enabled"] = "false",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        if (llmFirst) services.AddSummarizerLlm(config).AddSummarizerPipeline(config);
        else services.AddSummarizerPipeline(config).AddSummarizerLlm(config);
        await using var sp = services.BuildServiceProvider();

        Assert.IsType<LlmSummaryEngine>(sp.GetRequiredService<ISummaryEngine>());
        Assert.Equal("extractive", sp.GetRequiredService<IFallbackSummaryEngine>().Name);

        // The model is down (401): the processor still returns a verified-or-not extractive summary with the reason.
        _server.Enqueue(Replies.Error(401));
        var path = Directory.EnumerateFiles(Path.Combine(LlmTestHost.RepoPrompts, "..", "seeds"), "000_*.txt").Single();
        var result = await sp.GetRequiredService<ArticleProcessor>()
            .ProcessAsync(new RawArticle(path, File.ReadAllText(path), TitleInBody: true), default);

        Assert.Null(result.Error);
        Assert.Equal(FallbackReasons.Http(401), result.Summary!.Fallback);
        Assert.Equal("extractive", result.Summary.Engine);
        Assert.NotNull(result.Summary.Verdict);
    }
}
