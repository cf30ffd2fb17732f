using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Summarizer.Caching;
using Summarizer.Comparisons;
using Summarizer.Llm.Configuration;
using Summarizer.Llm.Engine;
using Summarizer.Llm.Schema;
using Summarizer.Prompts;
using Summarizer.Comparisons.Clustering;
using Summarizer.Comparisons.Quantities;
using Summarizer.Comparisons.Model;

namespace Summarizer.Llm.Comparisons;

/// <summary>
/// Asks the chat model to compare one story through <c>prompts/compare.yaml</c>, parses the reply strictly, keeps only
/// the positions whose quoted sentence occurs in the named article and states the value
/// (<see cref="ComparisonPositionVerifier"/>), and adds what is new to the rules' comparison. A failed call, a cut-off or
/// malformed reply leaves the rules' comparison as it was, with the reason in <see cref="StoryComparison.ModelFallback"/>.
/// Replies are cached (stage "comparison") under what produced them: the rendered prompt (which carries every article's
/// sentences, facts and summary), the template and its settings, the model and the reply format.
/// </summary>
public sealed partial class LlmStoryComparisonModel(
    IChatClient chat, PromptLibrary prompts, LlmOptions llm, ComparisonOptions options, StageCache cache, ILogger<LlmStoryComparisonModel> logger)
    : IStoryComparisonModel
{
    public const string Stage = "comparison";

    private readonly PromptTemplate _template = prompts[PromptContracts.Compare.Name];
    private readonly bool _schemaInPrompt = ChatRequests.SchemaInPrompt(llm);
    private readonly ComparisonPositionVerifier _verifier = new();

    /// <summary>Recorded in <see cref="StoryComparison.Engine"/> after "deterministic+".</summary>
    public string Name => $"llm:{llm.Model}";

    public async Task<StoryComparison> ExtendAsync(StoryComparison rules, IReadOnlyList<ComparisonInput> inputs, CancellationToken cancellationToken)
    {
        var request = Request(rules, inputs);
        var key = KeyFor(request);
        string? json = await cache.TryGetJsonAsync(key, cancellationToken).ConfigureAwait(false);
        bool fromCache = json is not null;
        if (json is null)
        {
            var (reply, failure) = await CallAsync(request, cancellationToken).ConfigureAwait(false);
            if (reply is null) return Fallback(rules, failure!);
            json = reply;
        }

        LlmComparisonDto? dto;
        try { dto = JsonSerializer.Deserialize<LlmComparisonDto>(json, StrictJsonSchema.SerializerOptions); }
        catch (JsonException) { dto = null; }
        if (dto is null) return Fallback(rules, FallbackReasons.MalformedJson);

        if (!fromCache) await cache.TrySetJsonAsync(key, json, cancellationToken).ConfigureAwait(false);
        var verified = _verifier.Verify(LlmComparisonMapper.ToComparison(dto, rules), inputs.Select(i => i.Article).ToList());
        LogVerified(logger, rules.StoryId, verified.Dropped.Count);
        return ComparisonMerger.Merge(rules, verified.Comparison, options.MaxSingleSource, $"deterministic+{Name}");
    }

    /// <summary>The key of the reply to the request this story's comparison would send.</summary>
    internal CacheKey KeyFor(StoryComparison rules, IReadOnlyList<ComparisonInput> inputs) => KeyFor(Request(rules, inputs));

    /// <summary>The key of a comparison reply: everything the model was shown and asked for.</summary>
    internal CacheKey KeyFor(LlmRequest request) => CacheKey.Of(Stage,
        ("prompt", CacheKey.HashOf(string.Join('\n', request.Messages.Select(m => $"{m.Role}:{m.Text}")))),
        ("template", _template.ContentHash),
        ("model", $"{llm.Provider}:{llm.Model}"),
        ("reply-format", CacheKey.HashOf(LlmComparisonDto.SchemaText + (_schemaInPrompt ? "\njson-object" : "\njson-schema"))));

    private LlmRequest Request(StoryComparison rules, IReadOnlyList<ComparisonInput> inputs)
    {
        var data = ComparisonPromptData.Build(rules.StoryId, inputs, options.MaxPromptSentences);
        var values = new Dictionary<string, object?>(data.ToVariables(), StringComparer.Ordinal)
        {
            ["json_schema"] = _schemaInPrompt ? LlmComparisonDto.SchemaText : "",
        };
        return ChatRequests.Build(_template, values, llm, LlmComparisonDto.Schema, LlmComparisonDto.SchemaName,
            "A comparison of several outlets' accounts of one story.");
    }

    private async Task<(string? Json, string? Failure)> CallAsync(LlmRequest request, CancellationToken ct)
    {
        try
        {
            var response = await chat.GetResponseAsync(request.Messages, request.Options, ct).ConfigureAwait(false);
            if (response.FinishReason == ChatFinishReason.Length) return (null, FallbackReasons.Truncated);
            if (response.FinishReason == ChatFinishReason.ContentFilter) return (null, FallbackReasons.ContentFilter);
            return (response.Text.Trim(), null);
        }
        catch (Exception ex) when (CallFailureReason.Of(ex, ct) is { } reason)
        {
            return (null, reason);
        }
    }

    private StoryComparison Fallback(StoryComparison rules, string reason)
    {
        LogFallback(logger, rules.StoryId, reason);
        return rules with { ModelFallback = reason };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Story {StoryId}: model comparison checked, {Dropped} positions dropped as not found in their article")]
    private static partial void LogVerified(ILogger logger, string storyId, int dropped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Story {StoryId}: the model's comparison is not used ({Reason}); the rules' comparison stands")]
    private static partial void LogFallback(ILogger logger, string storyId, string reason);
}
