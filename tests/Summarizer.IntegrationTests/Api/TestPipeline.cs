using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
/// The real offline pipeline for the serve tests, with one change: a verifier that flags a finding on every summary,
/// because the extractive engine's own summaries verify clean and the page must be seen showing a flagged one.
/// </summary>
internal static class TestPipeline
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSummarizerPipeline(configuration);
        services.Replace(ServiceDescriptor.Singleton<ISummaryVerifier, FlaggingVerifier>());
    }
}
