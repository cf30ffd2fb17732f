using System.Text.Json;
using Microsoft.SemanticKernel;
using Summarizer.Articles;
using Summarizer.Llm.Functions;
using Summarizer.Llm.Schema;

namespace Summarizer.Llm.Engine;

/// <summary>The arguments of the summarize and repair functions for an article (the reply format is the functions' own).</summary>
internal sealed class SummaryRequestFactory(PromptFunctions functions)
{
    /// <summary>Summarise <paramref name="sentences"/> (all or one chunk), or, with partial summaries, reduce them.</summary>
    public PromptCall Summarize(Article article, IEnumerable<Sentence> sentences, IReadOnlyList<LlmSummaryDto>? partials = null) =>
        new(functions.Summarize, new KernelArguments
        {
            ["title"] = ArticlePromptData.Title(article),
            ["outlet"] = ArticlePromptData.Outlet(article),
            ["published"] = ArticlePromptData.Published(article),
            ["sentences"] = ArticlePromptData.Sentences(sentences),
            ["partial_summaries"] = partials is null ? "" : ArticlePromptData.Neutralise(JsonSerializer.Serialize(partials, SummaryJsonSchema.SerializerOptions)),
        });

    public PromptCall Repair(Article article, IEnumerable<Sentence> sentences, string previousJson, IReadOnlyList<string> findings) =>
        new(functions.Repair, new KernelArguments
        {
            ["title"] = ArticlePromptData.Title(article),
            ["outlet"] = ArticlePromptData.Outlet(article),
            ["sentences"] = ArticlePromptData.Sentences(sentences),
            ["previous_json"] = ArticlePromptData.Neutralise(previousJson),
            ["findings"] = findings,
        });
}
