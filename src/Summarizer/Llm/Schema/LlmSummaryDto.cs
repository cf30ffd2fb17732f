namespace Summarizer.Llm.Schema;

/// <summary>
/// The JSON the model must return: <see cref="Summaries.StructuredSummary"/>'s content fields only (ids, engine,
/// verdict and usage are ours to set). Empty strings stand for "none" because strict schemas have no optional fields.
/// </summary>
public sealed record LlmSummaryDto(
    string Headline,
    string Lede,
    IReadOnlyList<LlmKeyPointDto> KeyPoints,
    IReadOnlyList<LlmPersonDto> People,
    IReadOnlyList<string> Organisations,
    IReadOnlyList<string> Places,
    IReadOnlyList<LlmQuantityDto> Quantities,
    IReadOnlyList<LlmQuoteDto> Quotes);
