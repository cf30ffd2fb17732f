using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Summarizer.Llm;
using Summarizer.Llm.Engine;
using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Pipeline;
using Summarizer.Pipeline.Stages;
using Summarizer.Summaries;
using Summarizer.Verification;

namespace Summarizer.IntegrationTests.Llm.Support;

/// <summary>The LLM feature wired through <see cref="LlmServiceCollectionExtensions.AddSummarizerLlm"/> against a fake server.</summary>
public sealed class LlmTestHost : IAsyncDisposable
{
    public const string SecretKey = "sk-test-SECRET-0123456789abcdef";

    private readonly ServiceProvider _provider;

    private LlmTestHost(ServiceProvider provider, CapturingLoggerProvider logs, NumberCheckingVerifier verifier)
    {
        _provider = provider;
        Logs = logs;
        Verifier = verifier;
    }

    public CapturingLoggerProvider Logs { get; }
    public NumberCheckingVerifier Verifier { get; }
    public IServiceProvider Services => _provider;
    public LlmSummaryEngine Engine => _provider.GetRequiredService<LlmSummaryEngine>();

    /// <summary>The article through the pipeline's summary stage: the engine, then one verification (the cache is off).</summary>
    public async Task<StructuredSummary> SummarizeAsync(Article article, FactSheet facts, CancellationToken cancellationToken = default) =>
        (await _provider.GetRequiredService<SummaryStage>().GetAsync(article, Task.FromResult(facts), cancellationToken)).Value;

    public static LlmTestHost Create(FakeOpenAIServer server, IDictionary<string, string?>? overrides = null, TimeProvider? time = null,
        ISummaryVerifier? realVerifier = null, Action<IServiceCollection>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Summarizer:Llm:Provider"] = "OpenAICompatible",
            ["Summarizer:Llm:Endpoint"] = server.Endpoint,
            ["Summarizer:Llm:ApiKey"] = SecretKey,
            ["Summarizer:Llm:Model"] = "fake-model",
            ["Summarizer:Llm:PromptsFolder"] = RepoPrompts,
            ["Summarizer:Llm:Prices:fake-model:InputPerMillion"] = "2",
            ["Summarizer:Llm:Prices:fake-model:OutputPerMillion"] = "8",
            ["Summarizer:Llm:Resilience:MaxRetries"] = "2",
            ["Summarizer:Llm:Resilience:BaseDelay"] = "00:00:00.010",
            ["Summarizer:Llm:Resilience:AttemptTimeout"] = "00:00:05",
            ["Summarizer:Llm:Resilience:BreakerMinimumThroughput"] = "100",
            ["Summarizer:Cache:Enabled"] = "false",
        };
        foreach (var (k, v) in overrides ?? new Dictionary<string, string?>()) settings[k] = v;
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var logs = new CapturingLoggerProvider();
        var verifier = new NumberCheckingVerifier();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<ISummaryVerifier>(realVerifier ?? verifier);
        if (time is not null) services.AddSingleton(time);
        configure?.Invoke(services);
        services.AddSummarizerLlm(config);
        services.AddSummarizerPipeline(config);
        return new LlmTestHost(services.BuildServiceProvider(validateScopes: true), logs, verifier);
    }

    public static string RepoPrompts => SeedArticles.Prompts;

    public async ValueTask DisposeAsync() => await _provider.DisposeAsync();
}
