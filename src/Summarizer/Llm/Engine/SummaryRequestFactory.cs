using System.Text.Json;
using Microsoft.Extensions.AI;
using Summarizer.Articles;
using Summarizer.Llm.Configuration;
using Summarizer.Llm.Schema;
using Summarizer.Prompts;

namespace Summarizer.Llm.Engine;

/// <summary>Renders the summarize and repair templates into chat messages and the matching chat options.</summary>
internal sealed class SummaryRequestFactory(PromptLibrary prompts, LlmOptions options)
{
    private readonly PromptTemplate _summarize = prompts[PromptContracts.Summarize.Name];
    private readonly PromptTemplate _repair = prompts[PromptContracts.Repair.Name];
    private readonly bool _schemaInPrompt = ChatRequests.SchemaInPrompt(options);

    /// <summary>Summarise <paramref name="sentences"/> (all or one chunk), or, with partial summaries, reduce them.</summary>
    public LlmRequest Summarize(Article article, IEnumerable<Sentence> sentences, IReadOnlyList<LlmSummaryDto>? partials = null) =>
        Build(_summarize, new Dictionary<string, object?>
        {
            ["title"] = ArticlePromptData.Title(article),
            ["outlet"] = ArticlePromptData.Outlet(article),
            ["published"] = ArticlePromptData.Published(article),
            ["sentences"] = ArticlePromptData.Sentences(sentences),
            ["partial_summaries"] = partials is null ? "" : ArticlePromptData.Neutralise(JsonSerializer.Serialize(partials, SummaryJsonSchema.SerializerOptions)),
            ["json_schema"] = _schemaInPrompt ? SummaryJsonSchema.Text : "",
        });

    public LlmRequest Repair(Article article, IEnumerable<Sentence> sentences, string previousJson, IReadOnlyList<string> findings) =>
        Build(_repair, new Dictionary<string, object?>
        {
            ["title"] = ArticlePromptData.Title(article),
            ["outlet"] = ArticlePromptData.Outlet(article),
            ["sentences"] = ArticlePromptData.Sentences(sentences),
            ["previous_json"] = ArticlePromptData.Neutralise(previousJson),
            ["findings"] = findings,
            ["json_schema"] = _schemaInPrompt ? SummaryJsonSchema.Text : "",
        });

    private LlmRequest Build(PromptTemplate template, Dictionary<string, object?> values) =>
        ChatRequests.Build(template, values, options, SummaryJsonSchema.Schema, SummaryJsonSchema.Name, "A structured summary of one news article.");
}
