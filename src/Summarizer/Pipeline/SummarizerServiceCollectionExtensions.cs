using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Summarizer.Articles;
using Summarizer.Articles.Reading;
using Summarizer.Comparisons;
using Summarizer.Facts;
using Summarizer.Summaries;
using Summarizer.Summaries.Extractive;
using Summarizer.Verification;

namespace Summarizer.Pipeline;

/// <summary>Registers the offline pipeline: readers, fact extraction, the extractive engine, verification and the batch runner.</summary>
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
        services.AddSingleton<ArticleFactory>();
        services.AddSingleton<ArticleFileReader>();
        services.AddSingleton<IFactExtractor, FactExtractor>();
        services.AddSingleton<ISummaryVerifier, SummaryVerifier>();
        services.AddSingleton(sp => new ExtractiveSummaryEngine(sp.GetRequiredService<IOptions<ExtractiveOptions>>().Value));
        // The LLM registration, when configured, replaces this default engine.
        services.TryAddSingleton<ISummaryEngine>(sp => sp.GetRequiredService<ExtractiveSummaryEngine>());
        services.AddOptions<ComparisonOptions>().Bind(configuration.GetSection(ComparisonOptions.Section))
            .Validate(o => o.ClusterThreshold is >= 0 and <= 1, $"{ComparisonOptions.Section}:ClusterThreshold must be between 0 and 1")
            .Validate(o => o.MaxPromptSentences >= 1, $"{ComparisonOptions.Section}:MaxPromptSentences must be at least 1").ValidateOnStart();
        services.AddSingleton<StoryComparer>();
        services.AddSingleton<ComparisonStage>();
        services.AddSingleton<ArticleProcessor>();
        services.AddSingleton<BatchRunner>();
        return services;
    }
}
