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
    public void A_long_attempt_timeout_is_valid_without_a_total_timeout_and_a_set_total_timeout_must_cover_it()
    {
        var o = new LlmOptions { Provider = LlmProvider.OpenAI, Model = "m", ApiKey = Secret };
        o.Resilience.AttemptTimeout = TimeSpan.FromMinutes(2);
        Assert.Empty(Errors(o)); // no total limit unless one is set: an old AttemptTimeout above 50 s still starts
        o.Resilience.TotalTimeout = TimeSpan.FromMinutes(1);
        Assert.Contains(Errors(o), e => e.Contains("Summarizer:Llm:Resilience:TotalTimeout (00:01:00) must be at least Summarizer:Llm:Resilience:AttemptTimeout (00:02:00)"));
        o.Resilience.TotalTimeout = TimeSpan.FromMinutes(5);
        Assert.Empty(Errors(o));
    }

    [Fact]
    public void Batch_defaults_are_a_minute_per_attempt_three_retries_and_no_total_limit()
    {
        var r = new LlmResilienceOptions();
        Assert.Equal(TimeSpan.FromSeconds(60), r.AttemptTimeout);
        Assert.Equal(3, r.MaxRetries);
        Assert.Null(r.TotalTimeout);
        Assert.True(r.MaxRetryAfter >= TimeSpan.FromSeconds(60)); // a nightly article waits out a Retry-After of a minute
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
