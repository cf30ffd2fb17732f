using Microsoft.Extensions.AI;

namespace Summarizer.Llm.Usage;

/// <summary>Refuses new calls once the run budget is spent and records every finished call's tokens and cost in it.</summary>
public sealed class UsageMeteringChatClient(IChatClient inner, RunBudget budget, CostCalculator costs, string? model) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        budget.EnsureAvailable();
        var response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        long input = response.Usage?.InputTokenCount ?? 0, output = response.Usage?.OutputTokenCount ?? 0;
        budget.Record(input, output, costs.Cost(model ?? response.ModelId, input, output));
        return response;
    }
}
