using Summarizer.Evaluation.Rouge;
using Summarizer.Testing;

namespace Summarizer.Evaluation.Tests.Rouge;

public class MemoizedSentenceEmbedderTests
{
    [Fact]
    public void Embeds_each_distinct_text_once_and_returns_its_vector_every_time()
    {
        var inner = new ScriptedSentenceEmbedder(t => [t.Length, 1f]);
        var memo = new MemoizedSentenceEmbedder(inner);

        var first = memo.Embed(["a budget", "a bakery opened", "a budget"]);
        var second = memo.Embed(["a bakery opened", "the council"]);

        Assert.Equal(3, inner.Texts); // "a budget", "a bakery opened", then "the council"
        Assert.Equal(3, memo.Count);
        Assert.Same(first[0], first[2]);
        Assert.Same(first[1], second[0]);
        Assert.Equal(inner.ModelId, memo.ModelId);
    }
}
