using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Articles;
using Summarizer.Articles.Reading;
using Summarizer.Facts;
using Summarizer.Pipeline;
using Summarizer.Summaries;
using Summarizer.Summaries.Extractive;
using Summarizer.Verification;

namespace Summarizer.IntegrationTests.Api;

/// <summary>
/// The offline pipeline for the serve tests, registered here until the CLI's shared registration is on this branch.
/// TODO(lead): after the merge, use AppHost.AddSummarizer instead and drop FlaggingVerifier.
/// </summary>
internal static class TestPipeline
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ArticleOptions>().Bind(configuration.GetSection(ArticleOptions.Section));
        services.AddOptions<PipelineOptions>().Bind(configuration.GetSection(PipelineOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ArticleOptions>>().Value);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ArticleFactory>();
        services.AddSingleton<ArticleFileReader>();
        services.AddSingleton<IFactExtractor, FactExtractor>();
        services.AddSingleton<ISummaryVerifier, FlaggingVerifier>();
        services.AddSingleton<ISummaryEngine>(_ => new ExtractiveSummaryEngine());
        services.AddSingleton<ArticleProcessor>();
        services.AddSingleton<BatchRunner>();
    }
}
