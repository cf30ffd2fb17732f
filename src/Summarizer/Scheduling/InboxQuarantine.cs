using System.Text;
using Summarizer.Articles.Reading;
using Summarizer.Pipeline;

namespace Summarizer.Scheduling;

/// <summary>
/// The inbox's <c>quarantine/</c> folder, where nothing that failed is lost: a file of which nothing could be summarised
/// moves there whole; of a JSON Lines file or JSON array of which only some records failed, those records are written
/// there (a <c>.jsonl</c>'s other lines blank, so each keeps its line number) and the file stays in the inbox. Beside
/// each goes <c>&lt;name&gt;.reason.txt</c>, a line per failed record or file: "feed.jsonl:3: reason". Nothing there is
/// ever overwritten: a name already taken gets the run's start stamped on it, then a number.
/// </summary>
internal sealed class InboxQuarantine(string inbox)
{
    /// <summary>
    /// Moves <paramref name="file"/>, all of whose <paramref name="items"/> failed, to the quarantine. All or nothing: it
    /// takes no cancellation token, so a shutdown cannot leave a <c>.reason.txt</c> without its file (quick local I/O).
    /// </summary>
    public async Task<QuarantinedFile> MoveWholeAsync(string file, IReadOnlyList<RunItem> items, DateTimeOffset started)
    {
        string target = Target(file, started);
        string reason = Reasons(items);
        await AtomicFile.WriteAllTextAsync(target + ".reason.txt", reason + Environment.NewLine, CancellationToken.None);
        File.Move(file, target, overwrite: false);
        return new QuarantinedFile(file, target, reason);
    }

    /// <summary>
    /// Writes the records of <paramref name="file"/> that <paramref name="failed"/> to the quarantine, leaving the file in
    /// place; null when the file is no longer the content the batch read (it is then left for the next run). All or nothing,
    /// as <see cref="MoveWholeAsync"/>: no cancellation token, so a shutdown cannot leave a <c>.reason.txt</c> without its records.
    /// </summary>
    public async Task<QuarantinedFile?> KeepFailedRecordsAsync(InputFile file, IReadOnlyList<RunItem> failed, DateTimeOffset started)
    {
        byte[] bytes;
        try { bytes = await file.ReadAsync(CancellationToken.None); }
        catch (InputFileChangedException) { return null; }
        var numbers = failed.Select(i => JsonArticleParser.RecordNumber(i.Source, file.Path)).OfType<int>().ToHashSet();
        string text = InputDecoder.TryDecode(bytes, long.MaxValue, out _) ?? Encoding.UTF8.GetString(bytes);
        string extension = Path.GetExtension(file.Path).ToLowerInvariant();
        // Records the reader could not place (none today) keep the whole file's text, so nothing is lost either way.
        string kept = numbers.Count == failed.Count ? JsonArticleParser.OnlyRecords(extension, text, numbers) ?? text : text;
        string target = Target(file.Path, started);
        string reason = Reasons(failed);
        await AtomicFile.WriteAllTextAsync(target + ".reason.txt", reason + Environment.NewLine +
            $"The other records of {file.Path} were summarised; the file stays in the inbox, done." + Environment.NewLine, CancellationToken.None);
        await AtomicFile.WriteAllTextAsync(target, kept, CancellationToken.None);
        return new QuarantinedFile(file.Path, target, reason) { Records = [.. numbers.Order()] };
    }

    /// <summary>
    /// A name in the quarantine that neither a data file nor a <c>.reason.txt</c> has yet: the file's name, else stamped
    /// with the run's start, else numbered (-2, -3, …). The inbox is read recursively, so ap/feed.jsonl and
    /// bbc/feed.jsonl may both fail on one night; neither may overwrite the other.
    /// </summary>
    private string Target(string file, DateTimeOffset started)
    {
        string folder = Path.Combine(inbox, InboxBatch.QuarantineFolder);
        Directory.CreateDirectory(folder);
        string name = Path.GetFileName(file);
        string stamped = $"{started:yyyyMMddTHHmmss}-{Path.GetFileNameWithoutExtension(name)}";
        string extension = Path.GetExtension(name);
        for (int n = 0; ; n++)
        {
            string candidate = n switch { 0 => name, 1 => stamped + extension, _ => $"{stamped}-{n}{extension}" };
            string target = Path.Combine(folder, candidate);
            if (!File.Exists(target) && !File.Exists(target + ".reason.txt") && !Directory.Exists(target)) return target;
        }
    }

    private static string Reasons(IEnumerable<RunItem> items) => string.Join(Environment.NewLine, items.Select(i => $"{i.Source}: {i.Error}"));
}
