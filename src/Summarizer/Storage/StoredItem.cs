using Summarizer.Pipeline;
using Summarizer.Summaries;

namespace Summarizer.Storage;

/// <summary>
/// The outcome of one article of a run as a worker recorded it: the report row and, when it was summarised, the
/// summary with its verdict (kept even when it is a fallback, which the stage cache never keeps, so the coordinator
/// never asks the model again).
/// </summary>
public sealed record StoredItem(int Sequence, RunItem Item, StructuredSummary? Summary);
