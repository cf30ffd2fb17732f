using Microsoft.Extensions.Options;
using Summarizer.Llm.Client;

namespace Summarizer.Llm.Configuration;

/// <summary>Rejects unusable settings at start-up with messages that name the key to fix (and never echo the API key).</summary>
public sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    private const string S = LlmOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, LlmOptions o)
    {
        if (o.Provider == LlmProvider.Extractive) return ValidateOptionsResult.Success;

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(o.Model))
            errors.Add($"{S}:Model is required when Provider is {o.Provider} (on Azure it is the deployment name).");

        switch (o.Provider)
        {
            case LlmProvider.OpenAI when string.IsNullOrWhiteSpace(o.ApiKey):
                errors.Add($"{S}:ApiKey is required when Provider is OpenAI.");
                break;
            case LlmProvider.AzureOpenAI:
                if (string.IsNullOrWhiteSpace(o.Endpoint))
                    errors.Add($"{S}:Endpoint is required when Provider is AzureOpenAI (https://RESOURCE.openai.azure.com/).");
                if (!o.UseEntraId && string.IsNullOrWhiteSpace(o.ApiKey))
                    errors.Add($"{S}:ApiKey is required when Provider is AzureOpenAI unless {S}:UseEntraId is true.");
                break;
            case LlmProvider.OpenAICompatible when string.IsNullOrWhiteSpace(o.Endpoint):
                errors.Add($"{S}:Endpoint is required when Provider is OpenAICompatible (e.g. http://localhost:11434/v1).");
                break;
        }

        if (o.UseEntraId && o.Provider != LlmProvider.AzureOpenAI)
            errors.Add($"{S}:UseEntraId applies only when Provider is AzureOpenAI.");
        if (o.ApiVersion is not null && o.Provider != LlmProvider.AzureOpenAI)
            errors.Add($"{S}:ApiVersion applies only when Provider is AzureOpenAI.");
        else if (o.ApiVersion is not null && !AzureApiVersions.TryParse(o.ApiVersion, out _))
            errors.Add($"{S}:ApiVersion '{o.ApiVersion}' is not one of: {string.Join(", ", AzureApiVersions.Supported)}.");
        if (!string.IsNullOrWhiteSpace(o.Endpoint) && !Uri.TryCreate(o.Endpoint, UriKind.Absolute, out _))
            errors.Add($"{S}:Endpoint must be an absolute URL (was '{o.Endpoint}').");
        if (o.MaxRepairAttempts < 0) errors.Add($"{S}:MaxRepairAttempts must be 0 or more.");
        if (o.ContextBudgetTokens < 500) errors.Add($"{S}:ContextBudgetTokens must be at least 500.");
        if (o.MaxConcurrency < 1) errors.Add($"{S}:MaxConcurrency must be at least 1.");
        if (o.RunBudgetUsd is < 0) errors.Add($"{S}:RunBudgetUsd must not be negative.");
        if (o.ApiDailyBudgetUsd is < 0) errors.Add($"{S}:ApiDailyBudgetUsd must not be negative.");
        foreach (var (model, price) in o.Prices)
            if (price.InputPerMillion < 0 || price.OutputPerMillion < 0)
                errors.Add($"{S}:Prices:{model} must not be negative.");

        var r = o.Resilience;
        if (r.MaxRetries < 0) errors.Add($"{S}:Resilience:MaxRetries must be 0 or more.");
        if (r.BaseDelay <= TimeSpan.Zero) errors.Add($"{S}:Resilience:BaseDelay must be positive.");
        if (r.MaxRetryAfter < TimeSpan.Zero) errors.Add($"{S}:Resilience:MaxRetryAfter must not be negative.");
        if (r.AttemptTimeout < TimeSpan.FromMilliseconds(10)) errors.Add($"{S}:Resilience:AttemptTimeout must be at least 10 ms.");
        if (r.TotalTimeout is { } total && total < r.AttemptTimeout)
            errors.Add($"{S}:Resilience:TotalTimeout ({total}) must be at least {S}:Resilience:AttemptTimeout ({r.AttemptTimeout}), or no attempt gets its full time; leave it unset for no total limit.");
        else if (r.TotalTimeout > TimeSpan.FromMilliseconds(uint.MaxValue - 1))
            errors.Add($"{S}:Resilience:TotalTimeout must be at most {TimeSpan.FromMilliseconds(uint.MaxValue - 1)}.");
        if (r.BreakerFailureRatio is <= 0 or > 1) errors.Add($"{S}:Resilience:BreakerFailureRatio must be in (0, 1].");
        if (r.BreakerMinimumThroughput < 2) errors.Add($"{S}:Resilience:BreakerMinimumThroughput must be at least 2.");
        if (r.BreakerBreakDuration < TimeSpan.FromMilliseconds(500)) errors.Add($"{S}:Resilience:BreakerBreakDuration must be at least 500 ms.");
        if (r.BreakerSamplingDuration < TimeSpan.FromMilliseconds(500)) errors.Add($"{S}:Resilience:BreakerSamplingDuration must be at least 500 ms.");

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
