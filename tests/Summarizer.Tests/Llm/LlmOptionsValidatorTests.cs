using Summarizer.Llm.Configuration;

namespace Summarizer.Tests.Llm;

public sealed class LlmOptionsValidatorTests
{
    private const string Secret = "sk-live-DO-NOT-LEAK";

    private static IEnumerable<string> Errors(LlmOptions o) => new LlmOptionsValidator().Validate(null, o).Failures ?? [];

    [Fact]
    public void Extractive_needs_nothing() => Assert.Empty(Errors(new LlmOptions()));

    [Fact]
    public void OpenAI_needs_key_and_model()
    {
        var errors = Errors(new LlmOptions { Provider = LlmProvider.OpenAI });
        Assert.Contains(errors, e => e.Contains("Summarizer:Llm:ApiKey is required when Provider is OpenAI"));
        Assert.Contains(errors, e => e.Contains("Summarizer:Llm:Model is required"));
    }

    [Fact]
    public void Azure_needs_endpoint_and_key_unless_entra_id()
    {
        Assert.Contains(Errors(new LlmOptions { Provider = LlmProvider.AzureOpenAI, Model = "d", ApiKey = Secret }), e => e.Contains("Endpoint is required"));
        Assert.Contains(Errors(new LlmOptions { Provider = LlmProvider.AzureOpenAI, Model = "d", Endpoint = "https://r.openai.azure.com/" }), e => e.Contains("UseEntraId"));
        Assert.Empty(Errors(new LlmOptions { Provider = LlmProvider.AzureOpenAI, Model = "d", Endpoint = "https://r.openai.azure.com/", UseEntraId = true }));
    }

    [Fact]
    public void Compatible_needs_endpoint_but_no_key()
    {
        Assert.Contains(Errors(new LlmOptions { Provider = LlmProvider.OpenAICompatible, Model = "llama3" }), e => e.Contains("Endpoint is required"));
        Assert.Empty(Errors(new LlmOptions { Provider = LlmProvider.OpenAICompatible, Model = "llama3", Endpoint = "http://localhost:11434/v1" }));
    }

    [Fact]
    public void Ranges_are_checked()
    {
        var o = new LlmOptions { Provider = LlmProvider.OpenAI, Model = "m", ApiKey = Secret, MaxConcurrency = 0, ContextBudgetTokens = 10, MaxRepairAttempts = -1 };
        o.Resilience.BreakerMinimumThroughput = 1;
        o.Resilience.BreakerFailureRatio = 1.5;
        var errors = Errors(o).ToList();
        Assert.Equal(5, errors.Count);
    }

    [Fact]
    public void Total_timeout_must_leave_an_attempt_its_full_time()
    {
        var o = new LlmOptions { Provider = LlmProvider.OpenAI, Model = "m", ApiKey = Secret };
        o.Resilience.AttemptTimeout = TimeSpan.FromMinutes(2);
        Assert.Contains(Errors(o), e => e.Contains("Summarizer:Llm:Resilience:TotalTimeout (00:00:50) must be at least Summarizer:Llm:Resilience:AttemptTimeout"));
        o.Resilience.TotalTimeout = TimeSpan.FromMinutes(5);
        Assert.Empty(Errors(o));
    }

    [Fact]
    public void Default_attempts_and_their_backoff_fit_the_total_timeout_inside_the_api_deadline()
    {
        var r = new LlmResilienceOptions();
        var backoff = Enumerable.Range(0, r.MaxRetries).Sum(i => r.BaseDelay.TotalSeconds * Math.Pow(2, i));
        Assert.True((r.MaxRetries + 1) * r.AttemptTimeout.TotalSeconds + backoff <= r.TotalTimeout.TotalSeconds);
        // Summarizer:Api:RequestTimeoutSeconds defaults to 60: the fallback gets what the model stage leaves of it.
        Assert.True(r.TotalTimeout <= TimeSpan.FromSeconds(50));
    }

    [Fact]
    public void Api_version_is_for_azure_and_must_be_one_the_sdk_knows()
    {
        var azure = new LlmOptions { Provider = LlmProvider.AzureOpenAI, Model = "d", Endpoint = "https://r.openai.azure.com/", ApiKey = Secret };
        azure.ApiVersion = "2024-10-21";
        Assert.Empty(Errors(azure));
        azure.ApiVersion = "2019-01-01";
        Assert.Contains(Errors(azure), e => e.Contains("ApiVersion '2019-01-01' is not one of") && e.Contains("2024-10-21"));
        Assert.Contains(Errors(new LlmOptions { Provider = LlmProvider.OpenAI, Model = "m", ApiKey = Secret, ApiVersion = "2024-10-21" }),
            e => e.Contains("ApiVersion applies only when Provider is AzureOpenAI"));
    }

    [Fact]
    public void Key_never_appears_in_messages_or_ToString()
    {
        var o = new LlmOptions { Provider = LlmProvider.OpenAI, ApiKey = Secret, Endpoint = "not a url", UseEntraId = true };
        Assert.All(Errors(o), e => Assert.DoesNotContain("DO-NOT-LEAK", e));
        Assert.DoesNotContain("DO-NOT-LEAK", o.ToString());
        Assert.Contains("ApiKey=***", o.ToString());
    }

    [Fact]
    public void Structured_output_defaults_by_provider()
    {
        Assert.Equal(StructuredOutputMode.JsonSchema, new LlmOptions { Provider = LlmProvider.AzureOpenAI }.EffectiveStructuredOutput);
        Assert.Equal(StructuredOutputMode.JsonObject, new LlmOptions { Provider = LlmProvider.OpenAICompatible }.EffectiveStructuredOutput);
        Assert.Equal(StructuredOutputMode.JsonSchema,
            new LlmOptions { Provider = LlmProvider.OpenAICompatible, StructuredOutput = StructuredOutputMode.JsonSchema }.EffectiveStructuredOutput);
    }
}
