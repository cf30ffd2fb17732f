using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Caching;
using Summarizer.Comparisons;
using Summarizer.Llm.Client;
using Summarizer.Llm.Comparisons;
using Summarizer.Llm.Configuration;
using Summarizer.Llm.Engine;
using Summarizer.Llm.Resilience;
using Summarizer.Llm.Usage;
using Summarizer.Pipeline.Runs;
using Summarizer.Prompts;
using Summarizer.Summaries;
using Summarizer.Summaries.Extractive;
using Summarizer.Comparisons.Quantities;
using Summarizer.Comparisons.Model;

namespace Summarizer.Llm;

/// <summary>Registration of the chat-model summary engine.</summary>
public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <c>Summarizer:Llm</c>. Unless the provider is Extractive, also registers the prompt library,
    /// the run and daily API budgets, the chat client stack (keyed <see cref="LlmServiceKeys.ChatClient"/>) and
    /// <see cref="LlmSummaryEngine"/> under <see cref="SummaryEngineKeys.Model"/>, which the pipeline then takes as its
    /// engine whatever the order of registration. The fallback is the <see cref="ISummaryEngine"/> keyed
    /// <see cref="LlmServiceKeys.Extractive"/>, else <see cref="ExtractiveSummaryEngine"/>; register an
    /// <see cref="IFallbackSummaryEngine"/> first to override. Needs the pipeline's registrations (verifier, stage cache).
    /// </summary>
    public static IServiceCollection AddSummarizerLlm(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(LlmOptions.SectionName);
        services.AddOptions<LlmOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());

        if (section.GetValue<LlmProvider?>(nameof(LlmOptions.Provider)) is null or LlmProvider.Extractive) return services;

        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => PromptLibrary.Load(Options(sp).PromptsFolder, PromptContracts.All));
        services.TryAddSingleton(sp => new RunBudget(Options(sp).RunBudgetUsd));
        services.TryAddSingleton(sp => new ApiDailyBudget(Options(sp).ApiDailyBudgetUsd, sp.GetRequiredService<TimeProvider>()));
        // Each batch and each API request gets the whole run budget (RunScopes begins a run on every hook).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRunHook, RunBudgetHook>());
        services.TryAddSingleton(sp => new ChatResiliencePipelines(
            Options(sp).Resilience, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ChatResiliencePipelines>>()));
        services.AddKeyedSingleton<IChatClient>(LlmServiceKeys.ChatClient, (sp, _) => BuildChatClient(sp, Options(sp)));
        // The extractive engine needs no model; use the app's registration when there is one.
        services.TryAddSingleton<IFallbackSummaryEngine>(sp => new FallbackSummaryEngine(
            sp.GetKeyedService<ISummaryEngine>(LlmServiceKeys.Extractive)
            ?? sp.GetService<ExtractiveSummaryEngine>()
            ?? new ExtractiveSummaryEngine()));
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<LlmSummaryEngine>(
            sp, sp.GetRequiredKeyedService<IChatClient>(LlmServiceKeys.ChatClient)));
        services.TryAddKeyedSingleton<ISummaryEngine>(SummaryEngineKeys.Model, (sp, _) => sp.GetRequiredService<LlmSummaryEngine>());
        // The same client (budget, resilience, concurrency) compares stories when Summarizer:Comparison:UseModel is on.
        services.TryAddSingleton<IStoryComparisonModel>(sp => new LlmStoryComparisonModel(
            sp.GetRequiredKeyedService<IChatClient>(LlmServiceKeys.ChatClient), sp.GetRequiredService<PromptLibrary>(), Options(sp),
            sp.GetService<IOptions<ComparisonOptions>>()?.Value ?? new ComparisonOptions(),
            sp.GetRequiredService<StageCache>(), sp.GetRequiredService<ILogger<LlmStoryComparisonModel>>()));
        services.AddHostedService<LlmStartupCheck>();
        return services;
    }

    private static LlmOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<LlmOptions>>().Value;

    // Outermost first: logging sees the whole logical call, metering refuses calls over budget before they queue,
    // the concurrency limit holds a slot through retries, and resilience wraps each SDK attempt.
    private static IChatClient BuildChatClient(IServiceProvider sp, LlmOptions o)
    {
        var endpoint = OpenAIChatClientFactory.EndpointOf(o);
        var providerName = o.Provider switch
        {
            LlmProvider.AzureOpenAI => "azure.ai.openai",
            LlmProvider.OpenAICompatible => "openai-compatible",
            _ => "openai",
        };
        IChatClient client = new OpenAIChatClientAdapter(OpenAIChatClientFactory.Create(o), providerName, endpoint, o.Model!);
        var pipelineKey = endpoint?.GetLeftPart(UriPartial.Path) ?? "https://api.openai.com/v1/";
        client = new ResilientChatClient(client, sp.GetRequiredService<ChatResiliencePipelines>().For(pipelineKey));
        client = new ConcurrencyLimitingChatClient(client, o.MaxConcurrency);
        client = new UsageMeteringChatClient(client, sp.GetRequiredService<RunBudget>(), new CostCalculator(o.Prices), o.Model);
        client = new LoggingChatClient(client, sp.GetRequiredService<ILogger<LoggingChatClient>>(), o.Model);
        return new BufferedStreamingChatClient(client);
    }
}
