using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Llm;
using Summarizer.Llm.Engine;
using Summarizer.Pipeline;

namespace Summarizer.IntegrationTests.Llm;

/// <summary>
/// One seed article through the real engine and a real chat model named by the <c>SUMMARIZER_LIVE_*</c> variables
/// (see <see cref="LiveFactAttribute"/>); skipped when they are not set, so CI never needs a model or a key.
/// </summary>
public sealed class LiveSmokeTests
{
    [LiveFact]
    public async Task A_seed_is_summarised_by_the_live_model_and_gets_a_verdict()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Summarizer:Llm:Provider"] = LiveFactAttribute.Get(LiveFactAttribute.ProviderVariable),
            ["Summarizer:Llm:Model"] = LiveFactAttribute.Get(LiveFactAttribute.ModelVariable),
            ["Summarizer:Llm:Endpoint"] = LiveFactAttribute.Get(LiveFactAttribute.EndpointVariable),
            ["Summarizer:Llm:ApiKey"] = LiveFactAttribute.Get(LiveFactAttribute.ApiKeyVariable),
            ["Summarizer:Llm:PromptsFolder"] = SeedArticles.Prompts,
            ["Summarizer:Cache:Enabled"] = "false",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSummarizerPipeline(config).AddSummarizerLlm(config).BuildServiceProvider();
        Assert.IsType<LlmSummaryEngine>(services.GetRequiredService<Summarizer.Summaries.ISummaryEngine>());

        var result = await services.GetRequiredService<ArticleProcessor>().ProcessAsync(SeedArticles.Load()[0], CancellationToken.None);

        var summary = Assert.IsType<Summarizer.Summaries.StructuredSummary>(result.Summary);
        Assert.NotNull(summary.Verdict);
        // A fallback without a single answered call means the model was never reached (endpoint, key or model wrong).
        Assert.True(summary.Usage is { Calls: > 0 }, $"no model call succeeded; fallback: {summary.Fallback}");
    }
}
