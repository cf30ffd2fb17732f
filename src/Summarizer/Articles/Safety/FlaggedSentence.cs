namespace Summarizer.Articles.Safety;

/// <summary>A sentence of an article that speaks to a language model, and why it reads so (<see cref="InstructionDetector"/>).</summary>
public sealed record FlaggedSentence(int SentenceId, string Reason);
