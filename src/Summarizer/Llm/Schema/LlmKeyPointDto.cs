namespace Summarizer.Llm.Schema;

/// <summary>A key point and the ids of the sentences supporting it.</summary>
public sealed record LlmKeyPointDto(string Text, IReadOnlyList<int> SentenceIds);
