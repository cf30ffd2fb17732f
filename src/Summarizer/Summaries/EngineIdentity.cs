namespace Summarizer.Summaries;

/// <summary>
/// What shapes an engine's summaries besides the article: its name and rules version, the hash of its prompt files,
/// the model it calls and a fingerprint of its options. The summary stage puts each in its cache key, so a changed
/// prompt, model or option recomputes the summaries and nothing else does.
/// </summary>
public sealed record EngineIdentity(string Name, string Version = "", string PromptHash = "", string Model = "", string Options = "");
