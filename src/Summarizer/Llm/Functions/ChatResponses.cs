using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;


namespace Summarizer.Llm.Functions;

/// <summary>The chat client's reply inside a prompt function's result.</summary>
internal static class ChatResponses
{
    /// <summary>
    /// A prompt function run by a chat client returns its <see cref="ChatResponse"/> (text, usage, finish reason). A
    /// user's function filter may replace the result; anything else is read as the reply's text, with no usage.
    /// </summary>
    public static ChatResponse From(FunctionResult result) => typeof(ChatResponse).IsAssignableFrom(result.ValueType)
        ? result.GetValue<ChatResponse>()!
        : new ChatResponse(new ChatMessage(ChatRole.Assistant, result.ToString()));
}
