using System.Text.Json;
using Summarizer.Llm.Schema;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Quantities;
using Summarizer.Comparisons.Model;

namespace Summarizer.Llm.Comparisons;

/// <summary>
/// The JSON the model returns for one story. Positions name their account by the number the prompt gave it and quote
/// the sentence; <see cref="Summarizer.Comparisons.Model.ComparisonPositionVerifier"/> decides what survives.
/// </summary>
public sealed record LlmComparisonDto(
    IReadOnlyList<LlmComparisonFindingDto> Agreements,
    IReadOnlyList<LlmComparisonFindingDto> Conflicts,
    IReadOnlyList<LlmComparisonFindingDto> SingleSource)
{
    public const string SchemaName = "story_comparison";

    /// <summary>The reply's strict schema.</summary>
    public static JsonElement Schema { get; } = StrictJsonSchema.Export(typeof(LlmComparisonDto));

    /// <summary>The schema text, for JSON mode and cache keys.</summary>
    public static string SchemaText { get; } = Schema.GetRawText();
}

/// <summary>
/// One finding. <see cref="Kind"/> is "quantity", "role", "quote" or "claim"; <see cref="Statement"/> says what the
/// finding is about (for a conflict, what is disputed).
/// </summary>
public sealed record LlmComparisonFindingDto(string Kind, string Statement, IReadOnlyList<LlmComparisonPositionDto> Positions);

/// <summary>What account <see cref="Account"/> states (<see cref="Value"/>) and the sentence, quoted, where it says so.</summary>
public sealed record LlmComparisonPositionDto(int Account, string Value, string Sentence, int SentenceId);
