using Summarizer.Summaries;

namespace Summarizer.Llm.Engine;

/// <summary>
/// The engine used when the model cannot produce a verified summary (the offline extractive engine).
/// A separate interface so the LLM engine, itself an <see cref="ISummaryEngine"/>, never resolves itself.
/// </summary>
public interface IFallbackSummaryEngine : ISummaryEngine;
