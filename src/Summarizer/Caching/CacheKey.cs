using System.Security.Cryptography;
using System.Text;
using Summarizer.Summaries;

namespace Summarizer.Caching;

/// <summary>
/// The identity of one cached stage result: everything that produced it. Changing any part (the input, the prompt,
/// the model, the options or the schema) gives a different <see cref="Hash"/>, so only that stage is recomputed.
/// </summary>
public sealed record CacheKey(
    string Stage,
    string ContentHash,
    string PromptHash,
    string ModelId,
    string OptionsHash,
    int SchemaVersion = StructuredSummary.CurrentSchemaVersion)
{
    /// <summary>Hex SHA-256 of every part; the primary key within <see cref="Stage"/>.</summary>
    // Computed on read: a `with` copy keeps the fields of its source, so a stored hash would go stale.
    public string Hash => Compute(Stage, ContentHash, PromptHash, ModelId, OptionsHash, SchemaVersion);

    /// <summary>Hex SHA-256 of a text, for building key parts from content, prompts or serialised options.</summary>
    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Compute(string stage, string content, string prompt, string model, string options, int schema)
    {
        // Length prefixes keep part boundaries unambiguous ("a|bc" and "ab|c" must not collide).
        var text = new StringBuilder();
        foreach (var part in new[] { stage, content, prompt, model, options, schema.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            text.Append(part.Length).Append(':').Append(part).Append('\n');
        return HashOf(text.ToString());
    }
}
