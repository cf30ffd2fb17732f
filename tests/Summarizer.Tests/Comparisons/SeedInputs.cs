using Summarizer.Comparisons;
using Summarizer.Facts;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Comparisons;

/// <summary>The five seed articles with the FactSheets the real extractor gives them.</summary>
internal static class SeedInputs
{
    private static readonly Lazy<List<ComparisonInput>> Cached = new(() =>
        Repo.SeedFiles.Select(Repo.FromFile).Select(a => new ComparisonInput(a, new FactExtractor().Extract(a))).ToList());

    public static List<ComparisonInput> All() => [.. Cached.Value];
}
