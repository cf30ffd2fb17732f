using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Polly.Timeout;
using Summarizer.Articles;
using Summarizer.Facts;
using Summarizer.Llm.Configuration;
using Summarizer.Llm.Functions;
using Summarizer.Llm.Schema;
using Summarizer.Llm.Usage;
using Summarizer.Prompts;
using Summarizer.Summaries;
using Summarizer.Verification;

namespace Summarizer.Llm.Engine;

/// <summary>
/// Summarises with a chat model: run the summarize prompt function on the kernel, parse the reply strictly, verify;
/// re-prompt with the repair function and the verifier's findings up to <see cref="LlmOptions.MaxRepairAttempts"/> times; on failure, an open circuit or
/// a spent budget, return the fallback engine's summary with <see cref="StructuredSummary.Fallback"/> set.
/// The verifier only decides whether to repair: the pipeline verifies the summary this engine returns.
/// </summary>
public sealed class LlmSummaryEngine : ISummaryEngine
{
    private readonly Kernel _kernel;
    private readonly ISummaryVerifier _verifier;
    private readonly IFallbackSummaryEngine _fallback;
    private readonly LlmOptions _options;
    private readonly CostCalculator _costs;
    private readonly SummaryRequestFactory _requests;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <param name="kernel">The kernel the prompt functions run on (its filters apply to every call).</param>
    /// <param name="functions">The prompt functions.</param>
    /// <param name="prompts">The prompt files, whose hashes are part of <see cref="Identity"/>.</param>
    /// <param name="verifier">Decides whether a reply needs repair.</param>
    /// <param name="fallback">Summarises when the model cannot.</param>
    /// <param name="options">The engine's settings.</param>
    /// <param name="time">The clock of the model stage's total budget (<see cref="ModelStageBudget"/>).</param>
    /// <param name="logger">Logs attempts and fallbacks.</param>
    public LlmSummaryEngine(Kernel kernel, PromptFunctions functions, PromptLibrary prompts, ISummaryVerifier verifier, IFallbackSummaryEngine fallback,
        IOptions<LlmOptions> options, TimeProvider time, ILogger<LlmSummaryEngine> logger)
    {
        _time = time;
        _kernel = kernel;
        _verifier = verifier;
        _fallback = fallback;
        _options = options.Value;
        _costs = new CostCalculator(_options.Prices);
        _requests = new SummaryRequestFactory(functions);
        _logger = logger;
        Name = $"llm:{_options.Model}";
        Identity = new EngineIdentity(Name, RulesVersion,
            PromptHash: $"{prompts[PromptContracts.Summarize.Name].ContentHash}+{prompts[PromptContracts.Repair.Name].ContentHash}",
            Model: $"{_options.Provider}:{_options.Model}",
            Options: EngineFingerprint.Compute(_options, prompts));
    }

    /// <summary>Bump when the request, parsing, repair or mapping logic changes what a summary holds.</summary>
    public const string RulesVersion = "1";

    public string Name { get; }

    /// <summary>Model, provider, prompt files' hashes and a fingerprint of the reply mode, schema and repair settings.</summary>
    public EngineIdentity Identity { get; }

    public async Task<StructuredSummary> SummarizeAsync(Article article, Task<FactSheet> factsTask, CancellationToken cancellationToken)
    {
        var ledger = new UsageLedger(_costs);
        // The model stage's total budget (every call, retry, wait and repair), if the caller or the settings set one: then the
        // extractive summary, in time for the caller's own deadline. Batch runs set none. A caller's budget is a deadline already
        // running (slot waits included); a configured TotalTimeout starts when the first call gets a concurrency slot, on the
        // container's clock (CancelAfter, as Polly sets its timeouts).
        using var budget = ModelStageBudget.Open(_options.Resilience.TotalTimeout, _time);
        using var linked = budget is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        var token = linked?.Token ?? cancellationToken;
        string reason;
        try
        {
            var (request, context) = await FirstRequestAsync(article, ledger, token).ConfigureAwait(false);
            var (summary, failure) = await SummarizeWithRepairAsync(article, factsTask, request, context, ledger, token).ConfigureAwait(false);
            if (summary is not null) return summary with { Usage = ledger.ToRecord() };
            reason = failure;
        }
        catch (Exception ex) when (budget is { IsSpent: true } && !cancellationToken.IsCancellationRequested && ex is OperationCanceledException or TimeoutRejectedException)
        {
            reason = FallbackReasons.TotalTimeout;
        }
        catch (Exception ex) when (CallFailureReason.Of(ex, cancellationToken) is { } r)
        {
            reason = r;
        }

        LlmLog.FallingBack(_logger, article.Id, reason);
        var fallback = await _fallback.SummarizeAsync(article, factsTask, cancellationToken).ConfigureAwait(false);
        return fallback with { Fallback = reason, Usage = ledger.ToRecord() };
    }

    /// <summary>The first request and the sentences it shows; for an over-budget article, the map step runs first.</summary>
    private async Task<(PromptCall Request, IReadOnlyList<Sentence> Context)> FirstRequestAsync(Article article, UsageLedger ledger, CancellationToken ct)
    {
        // Sentences that speak to a model are withheld from it: the model never reads them as instructions or as news.
        var shown = article.AddressedToModel.Count == 0 ? article.Sentences : article.Sentences.Where(s => !article.IsAddressedToModel(s.Id)).ToList();
        var tokens = SentenceChunker.EstimateTokens(article.Text);
        if (tokens <= _options.ContextBudgetTokens) return (_requests.Summarize(article, shown), shown);

        var chunks = SentenceChunker.Chunk(shown, _options.ContextBudgetTokens);
        LlmLog.MapReduce(_logger, article.Id, tokens, chunks.Count);
        // Chunks run in parallel; the concurrency-limiting client keeps the total in flight bounded.
        var partials = await Task.WhenAll(chunks.Select(chunk => MapChunkAsync(article, chunk, ledger, ct))).ConfigureAwait(false);

        // The reduce step sees the partial summaries plus only the sentences they cite, so it fits the budget too.
        var cited = partials.SelectMany(CitedIds).ToHashSet();
        var context = shown.Where(s => cited.Contains(s.Id)).ToList();
        return (_requests.Summarize(article, context, partials), context);
    }

    private async Task<LlmSummaryDto> MapChunkAsync(Article article, IReadOnlyList<Sentence> chunk, UsageLedger ledger, CancellationToken ct)
    {
        var request = _requests.Summarize(article, chunk);
        string failure = FallbackReasons.MalformedJson;
        for (var attempt = 0; attempt <= _options.MaxRepairAttempts; attempt++)
        {
            var reply = await CallAsync(request, ledger, ct).ConfigureAwait(false);
            if (reply.Summary is { } dto) return dto;
            failure = reply.Failure!;
            LlmLog.AttemptFailed(_logger, article.Id, attempt + 1, failure);
        }
        throw new LlmSummaryFailedException(failure);
    }

    private async Task<(StructuredSummary? Summary, string Failure)> SummarizeWithRepairAsync(
        Article article, Task<FactSheet> factsTask, PromptCall first, IReadOnlyList<Sentence> context, UsageLedger ledger, CancellationToken ct)
    {
        var request = first;
        var failure = FallbackReasons.MalformedJson;
        for (var attempt = 0; attempt <= _options.MaxRepairAttempts; attempt++)
        {
            var reply = await CallAsync(request, ledger, ct).ConfigureAwait(false);
            if (reply.Summary is not { } dto)
            {
                // Nothing valid to repair: the next attempt repeats the request that failed.
                failure = reply.Failure!;
                LlmLog.AttemptFailed(_logger, article.Id, attempt + 1, failure);
                continue;
            }

            var summary = SummaryMapper.ToSummary(dto, article, Name);
            var verdict = _verifier.Verify(article, await factsTask.ConfigureAwait(false), summary);
            var badCitations = SummaryMapper.InvalidCitations(summary, article);
            if (verdict.IsVerified && badCitations.Count == 0) return (summary, "");

            failure = verdict.IsVerified ? FallbackReasons.InvalidSentenceIds : FallbackReasons.Unverified;
            LlmLog.AttemptFailed(_logger, article.Id, attempt + 1, failure);
            var findings = RepairFindings.Lines(verdict.Findings.Concat(badCitations));
            request = _requests.Repair(article, RepairContext(article, context, summary), reply.Json, findings);
        }
        return (null, failure);
    }

    private async Task<LlmReply> CallAsync(PromptCall call, UsageLedger ledger, CancellationToken ct)
    {
        FunctionResult result;
        try
        {
            result = await call.Prompt.Function.InvokeAsync(_kernel, call.Arguments, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (CallFailureReason.IsUnreadableResponse(ex))
        {
            // The server answered 200 with something that is not a chat completion: a failed attempt like a malformed reply.
            return new LlmReply(null, "", FallbackReasons.MalformedResponse);
        }
        var response = ChatResponses.From(result);
        ledger.Add(response, _options.Model);
        return LlmReplyParser.Parse(response);
    }

    /// <summary>The sentences shown to a repair call: the first request's, plus any the summary cites that it lacked.</summary>
    private static IEnumerable<Sentence> RepairContext(Article article, IReadOnlyList<Sentence> context, StructuredSummary summary)
    {
        if (context.Count == article.Sentences.Count) return context;
        var ids = context.Select(s => s.Id)
            .Concat(summary.KeyPoints.SelectMany(k => k.SentenceIds)).Concat(summary.Quantities.Select(q => q.SentenceId))
            .Concat(summary.Quotes.Select(q => q.SentenceId)).ToHashSet();
        return article.Sentences.Where(s => ids.Contains(s.Id));
    }

    private static IEnumerable<int> CitedIds(LlmSummaryDto dto) =>
        dto.KeyPoints.SelectMany(k => k.SentenceIds).Concat(dto.Quantities.Select(q => q.SentenceId)).Concat(dto.Quotes.Select(q => q.SentenceId));
}
