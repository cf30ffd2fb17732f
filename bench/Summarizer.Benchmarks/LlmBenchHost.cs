using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Articles;
using Summarizer.Caching;
using Summarizer.Llm;
using Summarizer.Pipeline;
using Summarizer.Testing;

/// <summary>
/// The library's real DI composition (<c>AddSummarizerPipeline</c> + <c>AddSummarizerLlm</c>, + <c>AddSummarizerCache</c>
/// as the CLI does) pointed at a fake OpenAI-compatible server, with 16 articles and 16 model calls in flight.
/// </summary>
public sealed class LlmBenchHost : IAsyncDisposable
{
    /// <summary>Articles per operation.</summary>
    public const int BatchSize = 200;

    /// <summary>Both <c>Summarizer:Pipeline:MaxConcurrency</c> and <c>Summarizer:Llm:MaxConcurrency</c>.</summary>
    public const int Concurrency = 16;

    private readonly ServiceProvider _services;

    private LlmBenchHost(ServiceProvider services)
    {
        _services = services;
        Processor = services.GetRequiredService<ArticleProcessor>();
    }

    /// <summary>The processor resolved from the composition (engine, prompts and cache already built).</summary>
    public ArticleProcessor Processor { get; }

    /// <summary>The composition's services (the kernel, the prompt functions).</summary>
    public IServiceProvider Services => _services;

    /// <summary>
    /// A composition whose engine is the chat model at <paramref name="endpoint"/> (null: the default extractive engine),
    /// caching in <paramref name="cachePath"/> (null: cache disabled).
    /// </summary>
    public static LlmBenchHost Create(string? endpoint, string? cachePath = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Summarizer:Pipeline:MaxConcurrency"] = Concurrency.ToString(),
            ["Summarizer:Cache:Enabled"] = cachePath is null ? "false" : "true",
            ["Summarizer:Cache:Path"] = cachePath ?? "unused.db",
        };
        if (endpoint is not null)
        {
            settings["Summarizer:Llm:Provider"] = "OpenAICompatible";
            settings["Summarizer:Llm:Endpoint"] = endpoint;
            settings["Summarizer:Llm:Model"] = "fake-model";
            settings["Summarizer:Llm:MaxConcurrency"] = Concurrency.ToString();
            settings["Summarizer:Llm:PromptsFolder"] = SeedArticles.Prompts;
        }
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging()
            .AddSummarizerPipeline(config).AddSummarizerLlm(config).AddSummarizerCache(config);
        return new LlmBenchHost(services.BuildServiceProvider());
    }

    /// <summary>
    /// One batch, as <see cref="BatchRunner"/> runs it (bounded parallel <see cref="ArticleProcessor.ProcessAsync"/>) minus
    /// the file reads and writes; returns how many articles the model summarised and verified. Throws if any failed.
    /// </summary>
    public async Task<int> RunAsync(IReadOnlyList<RawArticle> articles)
    {
        int verified = 0;
        await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (raw, ct) =>
        {
            var result = await Processor.ProcessAsync(raw, ct);
            if (result.Summary is not { } s) throw new InvalidOperationException($"{raw.Source}: {result.Error}");
            if (s.Fallback is null && s.Verdict is { IsVerified: true }) Interlocked.Increment(ref verified);
        });
        return verified;
    }

    /// <summary>Disposes the composition (and with it the cache store).</summary>
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
