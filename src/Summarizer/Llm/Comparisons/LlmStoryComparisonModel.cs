using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Summarizer.Caching;
using Summarizer.Comparisons;
using Summarizer.Llm.Configuration;
using Summarizer.Llm.Engine;
using Summarizer.Llm.Functions;
using Summarizer.Llm.Schema;
using Summarizer.Comparisons.Clustering;
using Summarizer.Comparisons.Quantities;
using Summarizer.Comparisons.Model;

namespace Summarizer.Llm.Comparisons;

/// <summary>
/// Asks the chat model to compare one story through the compare prompt function (<c>prompts/compare.yaml</c>), parses the reply strictly, keeps only
/// the positions whose quoted sentence occurs in the named article and states the value
/// (<see cref="ComparisonPositionVerifier"/>), and adds what is new to the rules' comparison. A failed call, a cut-off or
/// malformed reply leaves the rules' comparison as it was, with the reason in <see cref="StoryComparison.ModelFallback"/>.
/// Replies are cached (stage "comparison") under what produced them: the rendered prompt (which carries every article's
/// sentences, facts and summary), the template file, the model and the reply format.
/// </summary>
public sealed partial class LlmStoryComparisonModel(
    Kernel kernel, PromptFunctions functions, LlmOptions llm, ComparisonOptions options, StageCache cache, ILogger<LlmStoryComparisonModel> logger)
    : IStoryComparisonModel
{
    public const string Stage = "comparison";

    private readonly ComparisonPositionVerifier _verifier = new();

    // The key's parts that do not depend on the story, worked out once.
    private readonly string _model = $"{llm.Provider}:{llm.Model}";
    private readonly Lazy<string> _replyFormat = new(() =>
        CacheKey.HashOf(functions.ComparisonFormat.SchemaText + (functions.ComparisonFormat.SchemaInPrompt ? "\njson-object" : "\njson-schema")));

    /// <summary>Recorded in <see cref="StoryComparison.Engine"/> after "deterministic+".</summary>
    public string Name => $"llm:{llm.Model}";

    public async Task<StoryComparison> ExtendAsync(StoryComparison rules, IReadOnlyList<ComparisonInput> inputs, CancellationToken cancellationToken)
    {
        var arguments = Arguments(rules, inputs);
        var key = await KeyForAsync(arguments, cancellationToken).ConfigureAwait(false);
        string? json = await cache.TryGetJsonAsync(key, cancellationToken).ConfigureAwait(false);
        bool fromCache = json is not null;
        if (json is null)
        {
            var (reply, failure) = await CallAsync(arguments, cancellationToken).ConfigureAwait(false);
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
    internal Task<CacheKey> KeyForAsync(StoryComparison rules, IReadOnlyList<ComparisonInput> inputs, CancellationToken cancellationToken = default) =>
        KeyForAsync(Arguments(rules, inputs), cancellationToken);

    /// <summary>The key of a comparison reply: everything the model is shown and asked for.</summary>
    private async Task<CacheKey> KeyForAsync(KernelArguments arguments, CancellationToken cancellationToken)
    {
        var compare = functions.Compare;
        var prompt = await compare.RenderAsync(kernel, arguments, cancellationToken).ConfigureAwait(false);
        return CacheKey.Of(Stage,
            ("prompt", CacheKey.HashOf(prompt)),
            ("template", compare.File.ContentHash),
            ("model", _model),
            ("reply-format", _replyFormat.Value));
    }

    private KernelArguments Arguments(StoryComparison rules, IReadOnlyList<ComparisonInput> inputs) =>
        new(ComparisonPromptData.Build(rules.StoryId, inputs, options.MaxPromptSentences).ToVariables().ToDictionary(), null);

    private async Task<(string? Json, string? Failure)> CallAsync(KernelArguments arguments, CancellationToken ct)
    {
        try
        {
            var response = ChatResponses.From(await functions.Compare.Function.InvokeAsync(kernel, arguments, ct).ConfigureAwait(false));
            if (response.FinishReason == ChatFinishReason.Length) return (null, FallbackReasons.Truncated);
            if (response.FinishReason == ChatFinishReason.ContentFilter || LlmReplyParser.IsRefusal(response)) return (null, FallbackReasons.ContentFilter);
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
