using Summarizer.Summaries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Llm;
using Summarizer.Pipeline;
using Summarizer.Verification;

namespace Summarizer.IntegrationTests.Llm;

/// <summary>The fake server's echo mode, which the benchmarks use: its replies pass the real verifier, first time.</summary>
public sealed class EchoServerTests : IAsyncLifetime
{
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartEchoAsync(TimeSpan.FromMilliseconds(20));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Every_seed_variant_is_summarised_by_the_model_and_verified_with_one_call_each()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Summarizer:Llm:Provider"] = "OpenAICompatible",
            ["Summarizer:Llm:Endpoint"] = _server.Endpoint,
            ["Summarizer:Llm:Model"] = "fake-model",
            ["Summarizer:Llm:PromptsFolder"] = SeedArticles.Prompts,
            ["Summarizer:Cache:Enabled"] = "false",
        }).Build();
        await using var sp = new ServiceCollection().AddLogging().AddSummarizerPipeline(config).AddSummarizerLlm(config).BuildServiceProvider();
        var processor = sp.GetRequiredService<ArticleProcessor>();
        var articles = SeedArticles.Variants(10);

        var results = await Task.WhenAll(articles.Select(a => processor.ProcessAsync(a, default)));

        Assert.Equal(10, results.Select(r => r.Article!.Id).Distinct().Count());
        foreach (var r in results)
        {
            var summary = r.Summary!;
            Assert.True(summary.Fallback is null, $"{r.Source}: {summary.Fallback}");
            Assert.StartsWith("llm:", summary.Engine);
            Assert.True(summary.Verdict!.IsVerified, $"{r.Source}: " + string.Join("; ", summary.Verdict.Findings
                .Where(f => f.Status != FindingStatus.Supported).Select(f => $"{f.Kind} '{f.Claim}' {f.Status} {f.Note}")));
            Assert.Equal(r.Article!.Sentences[0].Text, summary.Lede);
        }
        Assert.Equal(10, _server.RequestCount);
        Assert.Empty(_server.Requests); // echo mode keeps nothing
    }
}
