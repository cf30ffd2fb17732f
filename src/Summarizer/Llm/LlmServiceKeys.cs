namespace Summarizer.Llm;

/// <summary>Keys of the keyed services the LLM feature registers or expects.</summary>
public static class LlmServiceKeys
{
    /// <summary>
    /// The composed <c>IChatClient</c> (<see cref="Client.ChatClientPipeline"/>), and the service id in the prompt
    /// functions' execution settings, by which Semantic Kernel picks it.
    /// </summary>
    public const string ChatClient = "summarizer-llm";

    /// <summary>The <c>Kernel</c> the engine and the comparison model run the prompt functions on.</summary>
    public const string Kernel = "summarizer-llm";

    /// <summary>The key under which the app registers the extractive <c>ISummaryEngine</c> used as fallback.</summary>
    public const string Extractive = "extractive";
}
