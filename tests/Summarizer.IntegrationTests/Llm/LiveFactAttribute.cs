namespace Summarizer.IntegrationTests.Llm;

/// <summary>
/// A fact that needs a real chat model: it runs only when <c>SUMMARIZER_LIVE_PROVIDER</c> and <c>SUMMARIZER_LIVE_MODEL</c>
/// are set (plus <c>SUMMARIZER_LIVE_ENDPOINT</c> for AzureOpenAI and OpenAICompatible, and <c>SUMMARIZER_LIVE_API_KEY</c>
/// for OpenAI and AzureOpenAI); otherwise it is reported as skipped, with the reason.
/// </summary>
public sealed class LiveFactAttribute : FactAttribute
{
    public const string ProviderVariable = "SUMMARIZER_LIVE_PROVIDER";
    public const string ModelVariable = "SUMMARIZER_LIVE_MODEL";
    public const string EndpointVariable = "SUMMARIZER_LIVE_ENDPOINT";
    public const string ApiKeyVariable = "SUMMARIZER_LIVE_API_KEY";

    public LiveFactAttribute()
    {
        if (MissingVariables() is { Count: > 0 } missing)
            Skip = $"live model test: set {string.Join(" and ", missing)} to run it";
    }

    /// <summary>The variables the configured provider still needs (all of provider and model when nothing is set).</summary>
    public static IReadOnlyList<string> MissingVariables()
    {
        var missing = new List<string>();
        var provider = Get(ProviderVariable);
        if (provider is null) missing.Add(ProviderVariable);
        if (Get(ModelVariable) is null) missing.Add(ModelVariable);
        var needsEndpoint = provider is not null && !provider.Equals("OpenAI", StringComparison.OrdinalIgnoreCase);
        var needsKey = provider is not null && !provider.Equals("OpenAICompatible", StringComparison.OrdinalIgnoreCase);
        if (needsEndpoint && Get(EndpointVariable) is null) missing.Add(EndpointVariable);
        if (needsKey && Get(ApiKeyVariable) is null) missing.Add(ApiKeyVariable);
        return missing;
    }

    /// <summary>The variable's value, or null when unset or blank.</summary>
    public static string? Get(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v && !string.IsNullOrWhiteSpace(v) ? v : null;
}
