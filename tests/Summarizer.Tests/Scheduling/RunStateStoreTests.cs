using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Scheduling;
using Summarizer.Tests.Caching;

namespace Summarizer.Tests.Scheduling;

public sealed class RunStateStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    private RunStateStore Store() => new(_folder.Path, NullLogger.Instance, _time);

    [Fact]
    public async Task A_state_file_that_is_not_json_is_moved_aside_and_an_empty_state_is_used()
    {
        File.WriteAllText(Store().Path, "{\"processed\": {\"a.txt\": ");

        var state = await Store().LoadAsync(default);

        Assert.Empty(state.Processed);
        Assert.Empty(state.Contents);
        Assert.False(File.Exists(Store().Path));
        Assert.Equal("{\"processed\": {\"a.txt\": ", File.ReadAllText(Store().Path + ".corrupt-20261201T020000Z"));
    }

    [Fact]
    public async Task Nulls_that_valid_json_can_hold_are_dropped_not_trusted()
    {
        File.WriteAllText(Store().Path, """
            {"processed": null, "contents": {"h1": null, "h2": {"source": null, "runId": "r"},
             "h3": {"source": "a.txt", "runId": "r", "articleIds": null, "processedAt": "2026-11-30T02:00:00Z"}}}
            """);

        var state = await Store().LoadAsync(default);

        Assert.Empty(state.Processed);
        var kept = Assert.Single(state.Contents);
        Assert.Equal(("h3", "a.txt"), (kept.Key, kept.Value.Source));
        Assert.Empty(kept.Value.ArticleIds);
    }

    public void Dispose() => _folder.Dispose();
}
