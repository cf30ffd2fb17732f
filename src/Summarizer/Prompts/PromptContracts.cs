namespace Summarizer.Prompts;

/// <summary>The templates the code uses and the variables it supplies to each; checked against the files at start-up.</summary>
public static class PromptContracts
{
    public static readonly PromptContract Summarize = new("summarize.yaml",
        new HashSet<string>(StringComparer.Ordinal) { "title", "outlet", "published", "sentences", "partial_summaries", "json_schema" });

    public static readonly PromptContract Repair = new("repair.yaml",
        new HashSet<string>(StringComparer.Ordinal) { "title", "outlet", "sentences", "previous_json", "findings", "json_schema" });

    /// <summary>The comparison prompt: the variables of <c>Comparisons.ComparisonPromptData.ToVariables()</c> and the reply schema.</summary>
    public static readonly PromptContract Compare = new("compare.yaml",
        new HashSet<string>(StringComparer.Ordinal) { "storyId", "articles", "articlesJson", "json_schema" });

    public static IReadOnlyList<PromptContract> All { get; } = [Summarize, Repair, Compare];
}
