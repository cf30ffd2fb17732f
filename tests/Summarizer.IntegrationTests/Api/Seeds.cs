namespace Summarizer.IntegrationTests.Api;

/// <summary>The seed articles of the repository, for request bodies.</summary>
internal static class Seeds
{
    public static string Folder => SeedArticles.Folder;

    public static string Text(int index) =>
        File.ReadAllText(Directory.EnumerateFiles(Folder, "*.txt").Order(StringComparer.Ordinal).ElementAt(index));

}
