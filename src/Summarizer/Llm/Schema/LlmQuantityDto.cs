namespace Summarizer.Llm.Schema;

/// <summary>A figure: normalised value, unit, hedge ("up to"), source sentence and the wording used.</summary>
public sealed record LlmQuantityDto(double Value, string Unit, string Qualifier, int SentenceId, string Text);
