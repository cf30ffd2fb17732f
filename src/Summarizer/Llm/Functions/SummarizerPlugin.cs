using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Summarizer.Articles;
using Summarizer.Pipeline;
using Summarizer.Summaries;

namespace Summarizer.Llm.Functions;

/// <summary>
/// The library as a Semantic Kernel plugin named <see cref="Name"/>, registered in DI as a <see cref="KernelPlugin"/>
/// so every kernel built from the container (<c>services.AddKernel()</c>) has it: <see cref="SummarizeArticle"/> runs
/// the whole pipeline on a text (cleaning, facts, the configured engine with its repairs and fallback, verification);
/// with a chat model configured the prompt functions <c>summarize</c>, <c>repair</c> and <c>compare</c> are there too.
/// </summary>
public sealed class SummarizerPlugin
{
    public const string Name = "summarizer";

    /// <summary>The native function that summarises and verifies one article.</summary>
    public const string SummarizeArticle = "summarize_article";

    private readonly IServiceProvider _services;
    private readonly Lazy<KernelPlugin> _plugin;

    public SummarizerPlugin(IServiceProvider services)
    {
        _services = services;
        _plugin = new Lazy<KernelPlugin>(Build);
    }

    /// <summary>The plugin (built on first use, so the prompt files load only when a kernel needs them).</summary>
    public KernelPlugin Plugin => _plugin.Value;

    /// <summary>Summarises one article and verifies the summary against the facts extracted from it.</summary>
    [KernelFunction(SummarizeArticle)]
    [Description("Summarises one news article into a structured summary (headline, lede, key points citing sentence ids, people, figures, quotes) and verifies every claim against the article.")]
    public async Task<StructuredSummary> SummarizeArticleAsync(
        [Description("The article's text. Without a title, a first line that reads like one is taken as the title.")] string text,
        [Description("The article's title, when known.")] string? title = null,
        [Description("The publishing outlet, when known.")] string? outlet = null,
        CancellationToken cancellationToken = default)
    {
        var raw = new RawArticle("kernel", text, Title: title, Outlet: outlet, TitleInBody: title is null);
        var result = await _services.GetRequiredService<ArticleProcessor>().ProcessAsync(raw, cancellationToken).ConfigureAwait(false);
        return result.Summary ?? throw new InvalidOperationException($"The article could not be summarised: {result.Error}");
    }

    private KernelPlugin Build()
    {
        var functions = KernelPluginFactory.CreateFromObject(this).ToList();
        if (_services.GetService<PromptFunctions>() is { } prompts) functions.AddRange(prompts.All.Select(p => p.Function));
        return KernelPluginFactory.CreateFromFunctions(Name,
            "Summarises and verifies news articles, and compares outlets' accounts of a story.", functions);
    }
}
