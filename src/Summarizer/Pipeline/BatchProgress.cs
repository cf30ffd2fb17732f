namespace Summarizer.Pipeline;

/// <summary>Progress of a batch after each finished item.</summary>
public readonly record struct BatchProgress(int Done, int Total, int Failed, string LastSource, string? LastError);
