using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Pipeline.Stages;
using Summarizer.Telemetry;

namespace Summarizer.Pipeline;

/// <summary>
/// One article through the whole flow: clean and split, extract facts, summarise, verify, each stage through the
/// stage cache. Never throws for a bad article: the failure is returned with its reason so a batch can go on.
/// </summary>
public sealed partial class ArticleProcessor(
    ArticleFactory factory,
    FactsStage facts,
    SummaryStage summaries,
    ILogger<ArticleProcessor> logger)
{
    public string EngineName => summaries.Engine.Name;

    public async Task<ArticleResult> ProcessAsync(RawArticle raw, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var article = factory.TryCreate(raw, out var error);
        if (article is null)
        {
            SummarizerTelemetry.ArticleCompleted(null, summaryFromCache: false);
            return ArticleResult.Failed(raw.Source, null, error ?? "unreadable", clock.Elapsed);
        }
        return await ProcessAsync(article, clock, cancellationToken);
    }

    /// <summary>The rest of the flow for an article the caller has already built (cleaned and split).</summary>
    public Task<ArticleResult> ProcessAsync(Article article, CancellationToken cancellationToken) =>
        ProcessAsync(article, Stopwatch.StartNew(), cancellationToken);

    private async Task<ArticleResult> ProcessAsync(Article article, Stopwatch clock, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["ArticleId"] = article.Id, ["ArticleSource"] = article.Source });
        using var activity = SummarizerTelemetry.Activities.StartActivity("article");
        activity?.SetTag("summarizer.article.id", article.Id);
        var result = await ProcessInScopeAsync(article, clock, cancellationToken);
        SummarizerTelemetry.ArticleCompleted(result.Summary, result.CachedStages.Contains(SummaryStage.Stage));
        return result;
    }

    private async Task<ArticleResult> ProcessInScopeAsync(Article article, Stopwatch clock, CancellationToken cancellationToken)
    {
        try
        {
            // A model engine sends its request first and needs the facts only to verify the reply: they are extracted
            // meanwhile, on another thread, so they cost no time on the article's path.
            var extracting = Task.Run(() => facts.GetAsync(article, cancellationToken), cancellationToken);
            var summary = await summaries.GetAsync(article, FactsOf(extracting), cancellationToken);
            var sheet = await extracting;
            var cached = new List<string>(2);
            if (sheet.FromCache) cached.Add(FactsStage.Stage);
            if (summary.FromCache) cached.Add(SummaryStage.Stage);
            return new ArticleResult(article.Source, article, sheet.Value, summary.Value, null, clock.Elapsed) { CachedStages = cached };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            LogFailed(logger, e, article.Source);
            return ArticleResult.Failed(article.Source, article, $"internal error while summarising: {e.GetType().Name}: {e.Message}", clock.Elapsed)
                with { InternalError = true };
        }
    }

    private static async Task<FactSheet> FactsOf(Task<Caching.Cached<FactSheet>> extracting) => (await extracting.ConfigureAwait(false)).Value;

    [LoggerMessage(Level = LogLevel.Error, Message = "Summarising {Source} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string source);
}
