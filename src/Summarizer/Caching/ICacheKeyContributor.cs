namespace Summarizer.Caching;

/// <summary>
/// Implemented by an engine whose output depends on more than the article: its prompt file, model id and options.
/// The caching decorator puts these in the key so that changing any of them recomputes only that engine's results.
/// </summary>
public interface ICacheKeyContributor
{
    /// <summary>Hash of the prompt template(s) used, or "" when there is none.</summary>
    string PromptHash { get; }

    /// <summary>The model the engine calls ("gpt-4o-mini"), or its own name when it calls none.</summary>
    string ModelId { get; }

    /// <summary>A stable fingerprint of every option that changes the output (temperature, sentence count...).</summary>
    string OptionsFingerprint { get; }
}
