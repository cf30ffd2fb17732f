using System.Text.Json;
using Microsoft.Extensions.Logging;
using Summarizer.Pipeline;
using Summarizer.Summaries;

namespace Summarizer.Scheduling;

/// <summary>
/// Keeps <see cref="RunState"/> in <c>state.json</c> in the output folder, written atomically. A file that cannot be
/// read as a state (edited by hand, cut short by a full disk) is moved aside to <c>state.json.corrupt-&lt;time&gt;</c>
/// with a warning, and the run starts from an empty state: every inbox file is then taken again (served from the stage
/// cache), none is lost.
/// </summary>
public sealed partial class RunStateStore(string outputFolder, ILogger logger, TimeProvider time)
{
    public string Path { get; } = System.IO.Path.Combine(outputFolder, "state.json");

    public async Task<RunState> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path)) return new RunState();
        RunState? state;
        try
        {
            await using (var stream = File.OpenRead(Path))
                state = await JsonSerializer.DeserializeAsync<RunState>(stream, SummaryJson.Options, cancellationToken);
        }
        catch (JsonException e)
        {
            string aside = $"{Path}.corrupt-{time.GetUtcNow():yyyyMMddTHHmmssZ}";
            File.Move(Path, aside, overwrite: true);
            LogCorrupt(logger, Path, aside, e.Message);
            return new RunState();
        }
        return Sanitized(state);
    }

    public Task SaveAsync(RunState state, CancellationToken cancellationToken) =>
        AtomicFile.WriteAllTextAsync(Path, JsonSerializer.Serialize(state, SummaryJson.Options), cancellationToken);

    /// <summary>The state without what valid JSON can still leave missing (a null list, a null entry), which the runs never write.</summary>
    private static RunState Sanitized(RunState? state)
    {
        if (state is null) return new RunState();
        var processed = (state.Processed ?? new Dictionary<string, string>()).Where(p => p.Value is not null).ToDictionary();
        var contents = (state.Contents ?? new Dictionary<string, ProcessedContent>())
            .Where(c => c.Value is { Source: not null, RunId: not null })
            .ToDictionary(c => c.Key, c => c.Value with { ArticleIds = [.. (c.Value.ArticleIds ?? []).Where(id => !string.IsNullOrEmpty(id))] });
        return state with { Processed = processed, Contents = contents };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The nightly state {Path} could not be read ({Reason}); moved to {Aside}, starting from an empty state: every inbox file is taken again")]
    private static partial void LogCorrupt(ILogger logger, string path, string aside, string reason);
}
