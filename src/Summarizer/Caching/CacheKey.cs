using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Summarizer.Caching;

/// <summary>
/// The identity of one stage result: the stage's name and every ingredient that produced the result (the input's content
/// hash, the prompt file's hash, the model and its options, the extractor, engine or verifier version, the schema
/// version). Two keys are the same entry exactly when the stage and all named ingredients are equal; changing any one
/// ingredient gives a different <see cref="Hash"/>, so only that stage is recomputed.
/// </summary>
public sealed class CacheKey
{
    private CacheKey(string stage, IReadOnlyList<KeyValuePair<string, string>> ingredients)
    {
        Stage = stage;
        Ingredients = ingredients;
        Hash = Compute(stage, ingredients);
    }

    public string Stage { get; }

    /// <summary>The ingredients in the order the stage named them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Ingredients { get; }

    /// <summary>Hex SHA-256 of the stage and every ingredient; the primary key within <see cref="Stage"/>.</summary>
    public string Hash { get; }

    /// <summary>A key of <paramref name="stage"/> made of the named <paramref name="ingredients"/>.</summary>
    public static CacheKey Of(string stage, params IEnumerable<(string Name, string Value)> ingredients) =>
        new(stage, ingredients.Select(i => KeyValuePair.Create(i.Name, i.Value)).ToList());

    /// <summary>This key with one more ingredient.</summary>
    public CacheKey With(string name, string value) => new(Stage, [.. Ingredients, KeyValuePair.Create(name, value)]);

    /// <summary>Hex SHA-256 of a text, for building ingredients from content, prompts or serialised options.</summary>
    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>An ingredient from a number, written the same way on every machine.</summary>
    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    public override string ToString() => $"{Stage}:{Hash[..16]}";

    private static string Compute(string stage, IReadOnlyList<KeyValuePair<string, string>> ingredients)
    {
        // Length prefixes keep part boundaries unambiguous ("a|bc" and "ab|c" must not collide).
        var text = new StringBuilder();
        Append(text, stage);
        foreach (var (name, value) in ingredients)
        {
            Append(text, name);
            Append(text, value);
        }
        return HashOf(text.ToString());
    }

    private static void Append(StringBuilder text, string part) => text.Append(part.Length).Append(':').Append(part).Append('\n');
}
