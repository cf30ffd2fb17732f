using System.Text.Json;
using Summarizer.Pipeline;
using Summarizer.Testing;
using Summarizer.Tests.Comparisons.Output;

namespace Summarizer.Tests.Pipeline;

public sealed class RunOutputTests
{
    [Fact]
    public async Task A_run_puts_each_story_in_stories_folder_as_camel_case_json()
    {
        var comparison = ComparisonOutputTests.Sample();
        string folder = Path.Combine(Path.GetTempPath(), "cmp-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = await RunOutput.WriteStoriesAsync(folder, [comparison], CancellationToken.None);

            string path = Path.Combine(folder, Assert.Single(written));
            Assert.Equal(Path.Combine(folder, "stories", comparison.StoryId + ".json"), path);
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
            var root = json.RootElement;
            Assert.Equal(comparison.StoryId, root.GetProperty("storyId").GetString());
            Assert.Equal(2, root.GetProperty("articles").GetArrayLength());
            Assert.Equal("quantity", root.GetProperty("conflicts")[0].GetProperty("kind").GetString());
            Assert.Equal(0, root.GetProperty("droppedPositions").GetInt32());
            Assert.True(root.TryGetProperty("singleSource", out _));
            var roundup = root.GetProperty("roundup");
            Assert.Equal(comparison.Roundup.Count, roundup.GetArrayLength());
            Assert.Equal(comparison.Roundup[0].Sources[0].ArticleId, roundup[0].GetProperty("sources")[0].GetProperty("articleId").GetString());
            Assert.Empty(Directory.GetFiles(Path.Combine(folder, "stories"), "*.tmp"));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_run_refuses_a_story_id_that_is_a_path() =>
        await Assert.ThrowsAsync<ArgumentException>(() =>
            RunOutput.WriteStoriesAsync(Path.GetTempPath(), [ComparisonOutputTests.Sample() with { StoryId = "../escape" }], CancellationToken.None));

    [Fact]
    public async Task A_run_leaves_what_a_hand_edited_manifest_lists_beyond_its_own_files_and_warns_of_it()
    {
        string folder = Directory.CreateTempSubdirectory("run-output-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "config.json"), "{}");
            File.WriteAllText(Path.Combine(folder, RunManifest.FileName), "config.json\nreport.md\n");
            using var logs = new CapturingLoggerProvider();

            await RunOutput.WriteRunAsync(folder, new RunReport("20261202T000000Z", DateTimeOffset.UnixEpoch, TimeSpan.Zero, "extractive", []),
                [], new Summarizer.Comparisons.ComparisonRun([], []), logs.CreateLogger("run"), CancellationToken.None);

            Assert.True(File.Exists(Path.Combine(folder, "config.json")));
            Assert.True(File.Exists(Path.Combine(folder, RunOutput.ReportFile)));
            Assert.Contains(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("config.json", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
