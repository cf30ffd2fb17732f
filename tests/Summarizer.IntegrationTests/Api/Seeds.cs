namespace Summarizer.IntegrationTests.Api;

/// <summary>The seed articles of the repository, for request bodies.</summary>
internal static class Seeds
{
    public static string Folder { get; } = Find();

    public static string Text(int index) =>
        File.ReadAllText(Directory.EnumerateFiles(Folder, "*.txt").Order(StringComparer.Ordinal).ElementAt(index));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Summarizer.sln"))) return Path.Combine(dir.FullName, "seeds");
        throw new InvalidOperationException("Summarizer.sln not found above " + AppContext.BaseDirectory);
    }
}
