using System.Text.Json;
using Summarizer.Pipeline;
using Summarizer.Summaries;

namespace Summarizer.Scheduling;

/// <summary>Keeps <see cref="RunState"/> in <c>state.json</c> in the output folder, written atomically.</summary>
public sealed class RunStateStore(string outputFolder)
{
    public string Path { get; } = System.IO.Path.Combine(outputFolder, "state.json");

    public async Task<RunState> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path)) return new RunState();
        try
        {
            await using var stream = File.OpenRead(Path);
            return await JsonSerializer.DeserializeAsync<RunState>(stream, SummaryJson.Options, cancellationToken) ?? new RunState();
        }
        catch (JsonException)
        {
            // Only reachable if someone edited the file by hand: forgetting the state costs one full re-run, not a crash.
            return new RunState();
        }
    }

    public Task SaveAsync(RunState state, CancellationToken cancellationToken) =>
        AtomicFile.WriteAllTextAsync(Path, JsonSerializer.Serialize(state, SummaryJson.Options), cancellationToken);
}
