using Summarizer.Llm.Schema;

namespace Summarizer.Llm.Engine;

/// <summary>One parsed model reply: the summary and its raw JSON, or why it was rejected.</summary>
internal sealed record LlmReply(LlmSummaryDto? Summary, string Json, string? Failure)
{
    public bool Succeeded => Summary is not null;
}
