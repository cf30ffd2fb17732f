using Summarizer.Caching;

namespace Summarizer.Tests.Caching;

public class CacheKeyTests
{
    private static readonly (string, string)[] Parts = [("content", "c"), ("prompt", "p"), ("model", "m"), ("options", "o"), ("schema", "1")];

    [Fact]
    public void Same_stage_and_ingredients_give_the_same_hash()
    {
        var a = CacheKey.Of("summary", Parts);
        var b = CacheKey.Of("summary", Parts);

        Assert.Equal(a.Hash, b.Hash);
        Assert.Equal(64, a.Hash.Length);
        Assert.True(a.Hash.All(char.IsAsciiHexDigitLower));
    }

    [Fact]
    public void Changing_the_stage_or_any_one_ingredient_changes_the_hash()
    {
        var baseline = CacheKey.Of("summary", Parts);
        var variants = new List<CacheKey> { CacheKey.Of("facts", Parts) };
        for (int i = 0; i < Parts.Length; i++)
        {
            var changedValue = Parts.ToArray();
            changedValue[i] = (Parts[i].Item1, Parts[i].Item2 + "'");
            variants.Add(CacheKey.Of("summary", changedValue));
            var renamed = Parts.ToArray();
            renamed[i] = (Parts[i].Item1 + "'", Parts[i].Item2);
            variants.Add(CacheKey.Of("summary", renamed));
        }
        variants.Add(baseline.With("verifier", "2"));

        Assert.All(variants, v => Assert.NotEqual(baseline.Hash, v.Hash));
        Assert.Equal(variants.Count, variants.Select(v => v.Hash).Distinct().Count());
    }

    [Fact]
    public void Part_boundaries_are_unambiguous()
    {
        Assert.NotEqual(CacheKey.Of("s", ("a", "bc")).Hash, CacheKey.Of("s", ("ab", "c")).Hash);
        Assert.NotEqual(CacheKey.Of("s", ("a", "b"), ("c", "d")).Hash, CacheKey.Of("s", ("a", "b\n1:c\n1:d")).Hash);
    }
}
