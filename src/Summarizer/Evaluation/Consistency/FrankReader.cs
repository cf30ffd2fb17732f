using System.Text.Json;
using Summarizer.Evaluation.Rouge;

namespace Summarizer.Evaluation.Consistency;

/// <summary>
/// Reads the FRANK format (see ../shared/eval-data/README.md): <c>pairs.jsonl</c> (articleId, dataset, split, model,
/// summary, factuality, peers) and the articles of <c>refs.jsonl</c> by id. Lines that cannot be read are reported
/// in the problems list given, not thrown.
/// </summary>
public static class FrankReader
{
    /// <summary>The pairs of <paramref name="path"/>, in file order; peer names keep the order of the file.</summary>
    public static List<FrankPair> ReadPairs(string path, List<string> problems)
    {
        var pairs = new List<FrankPair>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var peers = new Dictionary<string, double?>(StringComparer.Ordinal);
                if (root.TryGetProperty("peers", out var p) && p.ValueKind == JsonValueKind.Object)
                    foreach (var peer in p.EnumerateObject())
                        peers[peer.Name] = peer.Value.ValueKind == JsonValueKind.Number ? peer.Value.GetDouble() : null;
                pairs.Add(new FrankPair(
                    root.GetProperty("articleId").GetString() ?? "",
                    EvalCorpusReader.NormalizeDataset(root.GetProperty("dataset").GetString()),
                    (root.GetProperty("split").GetString() ?? "").ToLowerInvariant(),
                    root.GetProperty("model").GetString() ?? "",
                    root.GetProperty("summary").GetString() ?? "",
                    root.GetProperty("factuality").GetDouble(),
                    peers));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                problems.Add($"{Path.GetFileName(path)}:{lineNumber}: skipped: {e.Message}");
            }
        }
        return pairs;
    }

    /// <summary>Article text by id from a references file in any format <see cref="EvalCorpusReader"/> reads.</summary>
    public static Dictionary<string, string> ReadArticles(string path, List<string> problems)
    {
        var corpus = EvalCorpusReader.ReadJsonl(path);
        problems.AddRange(corpus.Problems);
        var articles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in corpus.Documents) articles[d.Id] = d.Article;
        return articles;
    }
}
