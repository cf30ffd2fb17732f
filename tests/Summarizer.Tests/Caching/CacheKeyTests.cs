using Summarizer.Caching;
using Summarizer.Summaries;

namespace Summarizer.Tests.Caching;

public class CacheKeyTests
{
    private static readonly CacheKey Base = new("summary", "content", "prompt", "model", "options");

    [Fact]
    public void Same_parts_give_the_same_hash()
    {
        Assert.Equal(Base.Hash, new CacheKey("summary", "content", "prompt", "model", "options").Hash);
        Assert.Equal(64, Base.Hash.Length);
        Assert.Equal(StructuredSummary.CurrentSchemaVersion, Base.SchemaVersion);
    }

    [Fact]
    public void Every_part_changes_the_hash()
    {
        var variants = new[]
        {
            Base with { Stage = "facts" }, Base with { ContentHash = "other" }, Base with { PromptHash = "p2" },
            Base with { ModelId = "gpt" }, Base with { OptionsHash = "o2" }, Base with { SchemaVersion = 99 },
        };
        Assert.Equal(variants.Length + 1, variants.Select(v => v.Hash).Append(Base.Hash).Distinct().Count());
    }

    [Fact]
    public void Part_boundaries_are_unambiguous() =>
        Assert.NotEqual(new CacheKey("s", "ab", "c", "m", "o").Hash, new CacheKey("s", "a", "bc", "m", "o").Hash);
}
