using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Summarizer.IntegrationTests.Llm.Support;
using Summarizer.Llm;
using Summarizer.Llm.Functions;
using Summarizer.Pipeline;
using Summarizer.Summaries;

namespace Summarizer.IntegrationTests.Llm;

/// <summary>
/// The prompts as Semantic Kernel functions: a user's filters registered in DI apply to the engine's calls, and a
/// user's own kernel calls the library's functions (the README's snippet).
/// </summary>
public sealed class LlmKernelTests : IAsyncLifetime
{
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Filters_registered_in_di_see_and_can_change_every_prompt_the_engine_runs()
    {
        var invocations = new RecordingInvocationFilter();
        var config = new ConfigurationBuilder().AddInMemoryCollection(Settings()).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IFunctionInvocationFilter>(invocations);
        services.AddSingleton<IPromptRenderFilter>(new FooterPromptFilter());
        services.AddSingleton<Summarizer.Verification.ISummaryVerifier>(new NumberCheckingVerifier());
        services.AddSummarizerPipeline(config).AddSummarizerLlm(config);
        await using var sp = services.BuildServiceProvider();
        var wrong = Replies.Summary(troops: "30,000", value: 30000);
        _server.Enqueue(wrong, Replies.Summary());
        var article = TestArticles.Paris;

        var summary = await sp.GetRequiredService<ISummaryEngine>().SummarizeAsync(article, TestArticles.NoFacts(article), default);

        Assert.Null(summary.Fallback);
        // The first reply states a figure the article lacks: summarize, then repair, both through the filters.
        Assert.Equal(["summarizer.summarize", "summarizer.repair"], invocations.Names);
        Assert.All(_server.Requests, r => Assert.EndsWith(FooterPromptFilter.Footer, r.Messages[^1].Content));
    }

    [Fact]
    public async Task A_users_own_kernel_calls_the_summarize_functions()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings()).Build();
        var articleText = "Council approves new budget\nThe city council approved the budget on Tuesday after a long debate. Members said the plan was fair.";
        _server.Enqueue(Replies.Completion(EchoSummary.Json(0, "The city council approved the budget on Tuesday after a long debate.")));

        // The README's snippet: the library's registrations, then Semantic Kernel's own.
        var services = new ServiceCollection().AddLogging();
        services.AddSummarizerPipeline(configuration).AddSummarizerLlm(configuration);
        services.AddKernel();
        await using var provider = services.BuildServiceProvider();
        var kernel = provider.GetRequiredService<Kernel>();
        var summary = await kernel.InvokeAsync<StructuredSummary>(SummarizerPlugin.Name, SummarizerPlugin.SummarizeArticle,
            new() { ["text"] = articleText });

        Assert.NotNull(summary);
        Assert.Equal("llm:fake-model", summary.Engine);
        Assert.Equal("Council approves new budget", summary.Title);
        Assert.True(summary.Verdict!.IsVerified);
        // The prompt functions are there too, with the file's settings and the reply format.
        Assert.Equal(["compare", "repair", "summarize", "summarize_article"], kernel.Plugins[SummarizerPlugin.Name].Select(f => f.Name).Order());
        var sent = Assert.Single(_server.Requests);
        Assert.Equal(0, sent.Json.GetProperty("temperature").GetDouble());
        Assert.Equal(1200, sent.Json.GetProperty("max_completion_tokens").GetInt32());
    }

    [Fact]
    public async Task Without_a_model_the_plugin_still_summarises_offline()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Summarizer:Cache:Enabled"] = "false" }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSummarizerPipeline(configuration).AddSummarizerLlm(configuration);
        services.AddKernel();
        await using var provider = services.BuildServiceProvider();
        var kernel = provider.GetRequiredService<Kernel>();

        var summary = await kernel.InvokeAsync<StructuredSummary>(SummarizerPlugin.Name, SummarizerPlugin.SummarizeArticle,
            new() { ["text"] = "The city council approved the budget on Tuesday after a long debate. Members said the plan was fair.", ["title"] = "Budget" });

        Assert.Equal("extractive", summary!.Engine);
        Assert.Equal([SummarizerPlugin.SummarizeArticle], kernel.Plugins[SummarizerPlugin.Name].Select(f => f.Name));
        Assert.Equal(0, _server.RequestCount);
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["Summarizer:Llm:Provider"] = "OpenAICompatible",
        ["Summarizer:Llm:Endpoint"] = _server.Endpoint,
        ["Summarizer:Llm:Model"] = "fake-model",
        ["Summarizer:Llm:PromptsFolder"] = SeedArticles.Prompts,
        ["Summarizer:Llm:Resilience:MaxRetries"] = "0",
        ["Summarizer:Cache:Enabled"] = "false",
    };

    /// <summary>Records the functions invoked, as "plugin.function".</summary>
    private sealed class RecordingInvocationFilter : IFunctionInvocationFilter
    {
        private readonly List<string> _names = [];

        public IReadOnlyList<string> Names { get { lock (_names) return _names.ToList(); } }

        public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
        {
            lock (_names) _names.Add($"{context.Function.PluginName}.{context.Function.Name}");
            await next(context);
        }
    }

    /// <summary>Appends a line to the last message of every rendered prompt.</summary>
    private sealed class FooterPromptFilter : IPromptRenderFilter
    {
        public const string Footer = "Reviewed by the standards desk.";

        public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
        {
            await next(context);
            var rendered = context.RenderedPrompt!;
            var end = rendered.LastIndexOf("</message>", StringComparison.Ordinal);
            context.RenderedPrompt = rendered[..end].TrimEnd() + "\n" + Footer + rendered[end..];
        }
    }
}
