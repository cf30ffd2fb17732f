using Microsoft.Extensions.Logging;
using Summarizer.Llm.Comparisons;
using Summarizer.Llm.Configuration;
using Summarizer.Llm.Schema;
using Summarizer.Prompts;

namespace Summarizer.Llm.Functions;

/// <summary>
/// The prompt files as Semantic Kernel functions of the <see cref="SummarizerPlugin.Name"/> plugin, each run by the
/// chat client keyed <see cref="LlmServiceKeys.ChatClient"/> with its file's execution settings and the reply format
/// of its record (<see cref="LlmSummaryDto"/> for summarize and repair, <see cref="LlmComparisonDto"/> for compare).
/// In JSON mode each function's <c>json_schema</c> variable defaults to the schema, so any caller gets it spelled out.
/// </summary>
public sealed class PromptFunctions
{
    public PromptFunctions(PromptLibrary prompts, LlmOptions options, ILoggerFactory? loggerFactory = null)
    {
        SummaryFormat = ReplyFormat.For(options, SummaryJsonSchema.Schema, SummaryJsonSchema.Name, "A structured summary of one news article.");
        ComparisonFormat = ReplyFormat.For(options, LlmComparisonDto.Schema, LlmComparisonDto.SchemaName, "A comparison of several outlets' accounts of one story.");
        Summarize = Create(prompts[PromptContracts.Summarize.Name], SummaryFormat, loggerFactory);
        Repair = Create(prompts[PromptContracts.Repair.Name], SummaryFormat, loggerFactory);
        Compare = Create(prompts[PromptContracts.Compare.Name], ComparisonFormat, loggerFactory);
    }

    /// <summary>Summarises an article, or reduces the partial summaries of a long one (<c>prompts/summarize.yaml</c>).</summary>
    public PromptFunction Summarize { get; }

    /// <summary>Corrects a summary given the verifier's findings (<c>prompts/repair.yaml</c>).</summary>
    public PromptFunction Repair { get; }

    /// <summary>Compares several outlets' accounts of one story (<c>prompts/compare.yaml</c>).</summary>
    public PromptFunction Compare { get; }

    public ReplyFormat SummaryFormat { get; }

    public ReplyFormat ComparisonFormat { get; }

    public IReadOnlyList<PromptFunction> All => [Summarize, Repair, Compare];

    private static PromptFunction Create(PromptFile file, ReplyFormat format, ILoggerFactory? loggerFactory) =>
        file.CreateFunction(
            new ReplyFormatSettings(file.DefaultSettings, LlmServiceKeys.ChatClient, format),
            SummarizerPlugin.Name,
            new Dictionary<string, object?> { [ReplyFormat.SchemaVariable] = format.PromptSchemaText },
            loggerFactory);
}
