using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Summarizer.Articles;
using Summarizer.Caching;
using Summarizer.Facts;
using Summarizer.Summaries;
using Summarizer.Verification;

namespace Summarizer.Pipeline;

/// <summary>
/// One article through the whole flow: clean and split, extract facts, summarise, verify. Never throws for
/// a bad article: the failure is returned with its reason so a batch can go on.
/// </summary>
public sealed partial class ArticleProcessor(
    ArticleFactory factory,
    IFactExtractor extractor,
    ISummaryEngine engine,
    ISummaryVerifier verifier,
    ILogger<ArticleProcessor> logger,
    FactSheetCache? factSheets = null)
{
    public string EngineName => engine.Name;

    public async Task<ArticleResult> ProcessAsync(RawArticle raw, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var article = factory.TryCreate(raw, out var error);
        if (article is null) return new ArticleResult(raw.Source, null, null, null, error, clock.Elapsed);
        return await ProcessAsync(article, clock, cancellationToken);
    }

    /// <summary>The rest of the flow for an article the caller has already built (cleaned and split).</summary>
    public Task<ArticleResult> ProcessAsync(Article article, CancellationToken cancellationToken) =>
        ProcessAsync(article, Stopwatch.StartNew(), cancellationToken);

    private async Task<ArticleResult> ProcessAsync(Article article, Stopwatch clock, CancellationToken cancellationToken)
    {
        try
        {
            // A model engine sends its request first and needs the facts only to verify the reply: they are extracted
            // meanwhile, on another thread, so they cost no time on the article's path.
            var extracting = Task.Run(() => ExtractAsync(article, cancellationToken), cancellationToken);
            var summary = await engine.SummarizeAsync(article, extracting, cancellationToken);
            var facts = await extracting;
            // Engines that verify as part of repair have set a verdict already; every other summary is checked here.
            summary = summary with { Verdict = summary.Verdict ?? verifier.Verify(article, facts, summary) };
            return new ArticleResult(article.Source, article, facts, summary, null, clock.Elapsed);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            LogFailed(logger, e, article.Source);
            return new ArticleResult(article.Source, article, null, null, $"internal error while summarising: {e.GetType().Name}: {e.Message}", clock.Elapsed);
        }
    }

    private Task<FactSheet> ExtractAsync(Article article, CancellationToken cancellationToken) =>
        factSheets is null ? Task.FromResult(extractor.Extract(article)) : factSheets.GetOrExtractAsync(article, extractor, cancellationToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Summarising {Source} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string source);
}
