using Summarizer.Comparisons;
namespace Summarizer.Comparisons.Model;

/// <summary>A model's comparison after <see cref="ComparisonPositionVerifier"/>: what survived, and what was dropped and why.</summary>
public sealed record VerifiedComparison(StoryComparison Comparison, IReadOnlyList<DroppedPosition> Dropped);

/// <summary>A position the model reported that its article does not bear out; <see cref="Reason"/> can go into a repair prompt.</summary>
public sealed record DroppedPosition(Position Position, string Reason);
