using Microsoft.Extensions.AI;
using Summarizer.Summaries;

namespace Summarizer.Llm.Usage;

/// <summary>Adds up the model calls made for one summary (not thread-safe: one summary's calls are awaited in turn or merged after).</summary>
internal sealed class UsageLedger(CostCalculator costs)
{
    private long _input, _output;
    private decimal _cost;
    private int _calls;

    public void Add(ChatResponse response, string? model)
    {
        long input = response.Usage?.InputTokenCount ?? 0, output = response.Usage?.OutputTokenCount ?? 0;
        _input += input;
        _output += output;
        _cost += costs.Cost(model ?? response.ModelId, input, output);
        _calls++;
    }

    public UsageRecord ToRecord() => new(_input, _output, _cost, _calls);
}
