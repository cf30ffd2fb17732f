namespace Summarizer.Llm;

/// <summary>Keys of the keyed services the LLM feature registers or expects.</summary>
public static class LlmServiceKeys
{
    /// <summary>The <c>IChatClient</c> stack (logging → metering → concurrency → resilience → OpenAI SDK).</summary>
    public const string ChatClient = "summarizer-llm";

    /// <summary>The key under which the app registers the extractive <c>ISummaryEngine</c> used as fallback.</summary>
    public const string Extractive = "extractive";
}
