using Microsoft.Extensions.AI;
using Summarizer.Summaries;

namespace Summarizer.Llm.Usage;

/// <summary>Adds up the model calls made for one summary; thread-safe because map-step chunks are summarised in parallel.</summary>
internal sealed class UsageLedger(CostCalculator costs)
{
    private readonly Lock _gate = new();
    private long _input, _output;
    private decimal _cost;
    private int _calls;

    public void Add(ChatResponse response, string? model)
    {
        long input = response.Usage?.InputTokenCount ?? 0, output = response.Usage?.OutputTokenCount ?? 0;
        var cost = costs.Cost(model ?? response.ModelId, input, output);
        lock (_gate)
        {
            _input += input;
            _output += output;
            _cost += cost;
            _calls++;
        }
    }

    public UsageRecord ToRecord()
    {
        lock (_gate) return new(_input, _output, _cost, _calls);
    }
}
