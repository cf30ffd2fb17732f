using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Summarizer.Articles;
using Summarizer.Articles.Reading;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Clustering;
using Summarizer.Facts;
using Summarizer.Summaries;
using Summarizer.Summaries.Extractive;
using Summarizer.Text.Embeddings;
using Summarizer.Verification;
using Summarizer.Caching;
using Summarizer.Pipeline.Runs;
using Summarizer.Pipeline.Stages;

namespace Summarizer.Pipeline;

/// <summary>
/// Registers the offline pipeline: readers, fact extraction, the extractive engine, verification, the stage cache, the
/// comparison service and the batch runner. Registrations are idempotent and independent of the order in which the
/// features (pipeline, chat model, cache) are added.
/// </summary>
public static class SummarizerServiceCollectionExtensions
{
    public static IServiceCollection AddSummarizerPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ArticleOptions>().Bind(configuration.GetSection(ArticleOptions.Section))
            .Validate(o => o.MaxArticleBytes > 0, $"{ArticleOptions.Section}:MaxArticleBytes must be positive").ValidateOnStart();
        services.AddOptions<ExtractiveOptions>().Bind(configuration.GetSection(ExtractiveOptions.Section))
            .Validate(o => o.Sentences is > 0 and <= 20, $"{ExtractiveOptions.Section}:Sentences must be between 1 and 20")
            .Validate(o => o.PositionWeight is >= 0 and <= 1, $"{ExtractiveOptions.Section}:PositionWeight must be between 0 and 1")
            .ValidateOnStart();
        services.AddOptions<PipelineOptions>().Bind(configuration.GetSection(PipelineOptions.Section))
            .Validate(o => o.MaxConcurrency > 0, $"{PipelineOptions.Section}:MaxConcurrency must be positive").ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ArticleOptions>>().Value);
        services.TryAddSingleton<ArticleFactory>();
        services.TryAddSingleton<ArticleFileReader>();
        services.TryAddSingleton<PostedArticleReader>();
        services.TryAddSingleton<IFactExtractor, FactExtractor>();
        services.TryAddSingleton<ITokenEmbedder>(_ => MiniLmSentenceEmbedder.Shared);
        services.TryAddSingleton<ISummaryVerifier, SummaryVerifier>();
        services.TryAddSingleton(sp => new ExtractiveSummaryEngine(sp.GetRequiredService<IOptions<ExtractiveOptions>>().Value));
        // A chat-model engine, when one is configured, is registered under a key; whichever registration runs first, it wins.
        services.TryAddSingleton<ISummaryEngine>(sp =>
            sp.GetKeyedService<ISummaryEngine>(SummaryEngineKeys.Model) ?? sp.GetRequiredService<ExtractiveSummaryEngine>());
        services.AddOptions<ComparisonOptions>().Bind(configuration.GetSection(ComparisonOptions.Section))
            .Validate(o => o.ClusterThreshold is >= 0 and <= 1, $"{ComparisonOptions.Section}:ClusterThreshold must be between 0 and 1")
            .Validate(o => o.MaxPromptSentences >= 1, $"{ComparisonOptions.Section}:MaxPromptSentences must be at least 1").ValidateOnStart();
        services.TryAddSingleton<StoryComparer>();
        services.TryAddSingleton<ISentenceEmbedder>(_ => MiniLmSentenceEmbedder.Shared);
        services.TryAddSingleton<StoryEmbeddings>();
        services.TryAddSingleton<ComparisonService>();
        services.AddSummarizerCache(configuration);
        services.TryAddSingleton<FactsStage>();
        services.TryAddSingleton<SummaryStage>();
        services.TryAddSingleton<ArticleProcessor>();
        services.TryAddSingleton<RunScopes>();
        services.TryAddSingleton<BatchRunner>();
        // The queue registration, when configured, puts its coordinator here instead (in whichever order they are added).
        services.TryAddSingleton<IBatchRunner>(sp => sp.GetRequiredService<BatchRunner>());
        return services;
    }
}
