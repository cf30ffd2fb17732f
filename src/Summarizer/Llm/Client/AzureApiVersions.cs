using Azure.AI.OpenAI;

namespace Summarizer.Llm.Client;

/// <summary>Azure OpenAI API versions as written in the docs ("2024-10-21", "2025-04-01-preview") and as the SDK names them.</summary>
public static class AzureApiVersions
{
    /// <summary>The versions this SDK supports, as written in the docs.</summary>
    public static IReadOnlyList<string> Supported { get; } =
        Enum.GetValues<AzureOpenAIClientOptions.ServiceVersion>().Select(Text).ToList();

    public static bool TryParse(string? text, out AzureOpenAIClientOptions.ServiceVersion version) =>
        Enum.TryParse("V" + (text ?? "").Trim().Replace('-', '_'), ignoreCase: true, out version) && Enum.IsDefined(version);

    /// <exception cref="ArgumentException">Not a supported version.</exception>
    public static AzureOpenAIClientOptions.ServiceVersion Parse(string text) => TryParse(text, out var version)
        ? version
        : throw new ArgumentException($"Azure OpenAI API version '{text}' is not one of: {string.Join(", ", Supported)}.", nameof(text));

    private static string Text(AzureOpenAIClientOptions.ServiceVersion version) =>
        version.ToString()[1..].Replace('_', '-').ToLowerInvariant();
}
