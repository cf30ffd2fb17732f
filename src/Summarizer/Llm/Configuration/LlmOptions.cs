namespace Summarizer.Llm.Configuration;

/// <summary>Settings of the chat-model summary engine, bound from <see cref="SectionName"/>.</summary>
public sealed class LlmOptions
{
    public const string SectionName = "Summarizer:Llm";

    public LlmProvider Provider { get; set; } = LlmProvider.Extractive;

    /// <summary>
    /// Base URL: required for Azure (the resource, <c>https://RESOURCE.openai.azure.com/</c>) and compatible servers
    /// (<c>http://localhost:11434/v1</c>); for OpenAI, optional (a proxy).
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>Secret; never logged. Required for OpenAI, and for Azure unless <see cref="UseEntraId"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Model id (the deployment name on Azure).</summary>
    public string? Model { get; set; }

    /// <summary>
    /// Azure only: authenticate with Entra ID instead of a key, using the <c>Azure.Core.TokenCredential</c> registered in
    /// the container, else <c>DefaultAzureCredential</c>.
    /// </summary>
    public bool UseEntraId { get; set; }

    /// <summary>Azure only: the API version ("2024-10-21", "2025-04-01-preview", …); null takes the SDK's default.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>Null picks the provider's default: JsonSchema for OpenAI and Azure, JsonObject for compatible servers.</summary>
    public StructuredOutputMode? StructuredOutput { get; set; }

    /// <summary>Re-prompts with the verifier's findings before falling back to the extractive summary.</summary>
    public int MaxRepairAttempts { get; set; } = 2;

    /// <summary>Articles estimated above this many tokens (chars / 4) are summarised map-reduce over sentence chunks.</summary>
    public int ContextBudgetTokens { get; set; } = 6000;

    /// <summary>Model calls in flight at once, across the process.</summary>
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>
    /// Spending limit of one run: a batch, a nightly run or one API request (calls outside a run share one process-wide
    /// limit); no new model call starts once reached. Null = no limit.
    /// </summary>
    public decimal? RunBudgetUsd { get; set; }

    /// <summary>Spending limit of all API requests together per UTC day, on top of each request's own. Null = no limit.</summary>
    public decimal? ApiDailyBudgetUsd { get; set; }

    /// <summary>Prices per model id, for the cost recorded in each summary's usage.</summary>
    public Dictionary<string, ModelPrice> Prices { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public LlmResilienceOptions Resilience { get; set; } = new();

    /// <summary>Folder of the YAML prompt templates; relative paths are looked up next to the app, then in the current directory.</summary>
    public string? PromptsFolder { get; set; }

    /// <summary>The structured-output mode in effect for the configured provider.</summary>
    public StructuredOutputMode EffectiveStructuredOutput =>
        StructuredOutput ?? (Provider == LlmProvider.OpenAICompatible ? StructuredOutputMode.JsonObject : StructuredOutputMode.JsonSchema);

    /// <summary>Never prints the key: options objects end up in logs and debugger views.</summary>
    public override string ToString() =>
        $"Provider={Provider}, Endpoint={Endpoint}, Model={Model}, ApiKey={(string.IsNullOrEmpty(ApiKey) ? "(none)" : "***")}, UseEntraId={UseEntraId}, ApiVersion={ApiVersion}";
}
