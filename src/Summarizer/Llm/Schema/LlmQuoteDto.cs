namespace Summarizer.Llm.Schema;

/// <summary>A verbatim quote, its speaker ("" when the article names none) and its sentence.</summary>
public sealed record LlmQuoteDto(string Text, string Speaker, int SentenceId);
