using Azure.Core;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Summarizer.Caching;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Model;
using Summarizer.Llm.Client;
using Summarizer.Llm.Comparisons;
using Summarizer.Llm.Configuration;
using Summarizer.Llm.Engine;
using Summarizer.Llm.Functions;
using Summarizer.Llm.Resilience;
using Summarizer.Llm.Usage;
using Summarizer.Pipeline.Runs;
using Summarizer.Prompts;
using Summarizer.Summaries;
using Summarizer.Summaries.Extractive;

namespace Summarizer.Llm;

/// <summary>Registration of the chat-model summary engine and of the library's Semantic Kernel plugin.</summary>
public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <c>Summarizer:Llm</c> and registers the <see cref="SummarizerPlugin"/> as a
    /// <see cref="KernelPlugin"/>. Unless the provider is Extractive, also registers the prompt library and its kernel
    /// functions (<see cref="PromptFunctions"/>), the run and daily API budgets, the provider's HTTP client with its
    /// resilience handler, the provider's chat client by Semantic Kernel's connector (<see cref="ProviderChatClients"/>),
    /// the composed chat client over it (keyed <see cref="LlmServiceKeys.ChatClient"/>), the kernel the
    /// functions run on (keyed <see cref="LlmServiceKeys.Kernel"/>; <see cref="IFunctionInvocationFilter"/>s and
    /// <see cref="IPromptRenderFilter"/>s registered in the container apply to it) and <see cref="LlmSummaryEngine"/>
    /// under <see cref="SummaryEngineKeys.Model"/>, which the pipeline then takes as its engine whatever the order of
    /// registration. The fallback is the <see cref="ISummaryEngine"/> keyed <see cref="LlmServiceKeys.Extractive"/>,
    /// else <see cref="ExtractiveSummaryEngine"/>; register an <see cref="IFallbackSummaryEngine"/> first to override.
    /// For Entra ID on Azure, a <see cref="TokenCredential"/> registered in the container is used when there is one.
    /// Needs the pipeline's registrations (verifier, stage cache). Calling it again adds nothing.
    /// </summary>
    public static IServiceCollection AddSummarizerLlm(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(SummarizerPlugin))) return services;

        var section = configuration.GetSection(LlmOptions.SectionName);
        services.AddOptions<LlmOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        services.AddSingleton<SummarizerPlugin>();
        services.AddSingleton<KernelPlugin>(sp => sp.GetRequiredService<SummarizerPlugin>().Plugin);

        if (section.GetValue<LlmProvider?>(nameof(LlmOptions.Provider)) is null or LlmProvider.Extractive) return services;

        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => PromptLibrary.Load(Options(sp).PromptsFolder, PromptContracts.All));
        services.TryAddSingleton(sp => new PromptFunctions(sp.GetRequiredService<PromptLibrary>(), Options(sp), sp.GetRequiredService<ILoggerFactory>()));
        services.TryAddSingleton(sp => new RunBudget(Options(sp).RunBudgetUsd));
        services.TryAddSingleton(sp => new ApiDailyBudget(Options(sp).ApiDailyBudgetUsd, sp.GetRequiredService<TimeProvider>()));
        // Each batch and each API request gets the whole run budget (RunScopes begins a run on every hook).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRunHook, RunBudgetHook>());

        LlmHttpClient.Register(services);
        ProviderChatClients.Register(services, section.GetValue<LlmProvider>(nameof(LlmOptions.Provider)), section[nameof(LlmOptions.Model)]);
        services.AddKeyedSingleton<IChatClient>(LlmServiceKeys.ChatClient, (sp, _) => ChatClientPipeline.Build(
            sp.GetRequiredKeyedService<IChatClient>(ProviderChatClients.ServiceKey), Options(sp), sp.GetRequiredService<RunBudget>(), sp));
        // The container's services and filters; no plugins (the engine calls its functions directly).
        services.AddKeyedSingleton(LlmServiceKeys.Kernel, (sp, _) => new Kernel(sp, new KernelPluginCollection()));

        // The extractive engine needs no model; use the app's registration when there is one.
        services.TryAddSingleton<IFallbackSummaryEngine>(sp => new FallbackSummaryEngine(
            sp.GetKeyedService<ISummaryEngine>(LlmServiceKeys.Extractive)
            ?? sp.GetService<ExtractiveSummaryEngine>()
            ?? new ExtractiveSummaryEngine()));
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<LlmSummaryEngine>(sp, KernelOf(sp)));
        services.TryAddKeyedSingleton<ISummaryEngine>(SummaryEngineKeys.Model, (sp, _) => sp.GetRequiredService<LlmSummaryEngine>());
        // The same kernel and client (budget, resilience, concurrency) compare stories when Summarizer:Comparison:UseModel is on.
        services.TryAddSingleton<IStoryComparisonModel>(sp => new LlmStoryComparisonModel(
            KernelOf(sp), sp.GetRequiredService<PromptFunctions>(), Options(sp),
            sp.GetService<IOptions<ComparisonOptions>>()?.Value ?? new ComparisonOptions(),
            sp.GetRequiredService<StageCache>(), sp.GetRequiredService<ILogger<LlmStoryComparisonModel>>()));
        services.AddHostedService<LlmStartupCheck>();
        return services;
    }

    private static LlmOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<LlmOptions>>().Value;

    private static Kernel KernelOf(IServiceProvider sp) => sp.GetRequiredKeyedService<Kernel>(LlmServiceKeys.Kernel);
}
