using System.Text.Json;
using Summarizer.Pipeline;
using Summarizer.Summaries;

namespace Summarizer.Storage;

/// <summary>How a <see cref="StoredItem"/>'s parts are written to and read from a store's text columns.</summary>
internal static class StoredItemJson
{
    public static string Item(RunItem item) => JsonSerializer.Serialize(item, SummaryJson.Compact);

    public static string? Summary(StructuredSummary? summary) => summary is null ? null : JsonSerializer.Serialize(summary, SummaryJson.Compact);

    public static StoredItem Read(int sequence, string item, string? summary) => new(
        sequence,
        JsonSerializer.Deserialize<RunItem>(item, SummaryJson.Compact) ?? throw new JsonException($"run item {sequence} is empty"),
        summary is null ? null : JsonSerializer.Deserialize<StructuredSummary>(summary, SummaryJson.Compact));
}
