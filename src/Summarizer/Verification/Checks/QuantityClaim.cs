namespace Summarizer.Verification.Checks;

/// <summary>A figure a summary states, from its structured fields or read from its prose.</summary>
internal sealed record QuantityClaim(string Display, double Value, double? Upper, string? Unit, string? Qualifier, int? SentenceId);
