namespace Summarizer.Summaries;

/// <summary>Service keys of summary engines.</summary>
public static class SummaryEngineKeys
{
    /// <summary>The chat-model engine, registered under this key when a model is configured; it then serves as the default engine.</summary>
    public const string Model = "summarizer:model-engine";
}
