using Microsoft.Extensions.AI;

namespace Summarizer.Llm.Engine;

/// <summary>A rendered model request: the messages and the options (model, sampling, response format).</summary>
internal sealed record LlmRequest(IReadOnlyList<ChatMessage> Messages, ChatOptions Options);
