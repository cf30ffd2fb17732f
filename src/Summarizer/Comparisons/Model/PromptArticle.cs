namespace Summarizer.Comparisons.Model;

/// <summary>One article as the comparison prompt shows it; facts are short lines ending with their sentence number.</summary>
public sealed record PromptArticle(
    int Number,
    string Id,
    string Outlet,
    string? Title,
    string? Headline,
    string? Lede,
    IReadOnlyList<string> KeyPoints,
    IReadOnlyList<string> Quantities,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Quotes,
    IReadOnlyList<string> Attributions,
    IReadOnlyList<PromptSentence> Sentences);

/// <summary>A sentence and its number; <see cref="Numbered"/> is "[id] text", ready to print.</summary>
public sealed record PromptSentence(int Id, string Text)
{
    public string Numbered => $"[{Id}] {Text}";
}
