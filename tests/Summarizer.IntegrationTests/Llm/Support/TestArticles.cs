using Summarizer.Articles;
using Summarizer.Facts;

namespace Summarizer.IntegrationTests.Llm.Support;

/// <summary>Small articles built sentence by sentence, so ids and offsets are known.</summary>
public static class TestArticles
{
    public static Article Paris { get; } = Make(
        "European defence ministers met in Paris on Monday to discuss a reassurance force for Ukraine.",
        "The force could number up to 25,000 troops, officials said.",
        "\"We are ready,\" said French Defence Minister Sebastien Lecornu.",
        "NATO allies will review the plan next month.");

    public static FactSheet NoFacts(Article a) => FactSheet.Empty(a.Id);

    /// <summary>As <see cref="Make"/>, with the sentences that speak to a model flagged as the article factory flags them.</summary>
    public static Article Flagged(params string[] sentences)
    {
        var article = Make(sentences);
        return article with { AddressedToModel = Summarizer.Articles.Safety.InstructionDetector.Flag(article.Sentences) };
    }

    public static Article Make(params string[] sentences)
    {
        var list = new List<Sentence>();
        var offset = 0;
        foreach (var s in sentences)
        {
            list.Add(new Sentence(list.Count, offset, s.Length, s));
            offset += s.Length + 1;
        }
        var text = string.Join(" ", sentences);
        return new Article(ArticleFactory.ContentId(text), "Reassurance force", "Test Wire", new DateOnly(2025, 3, 17), null, text, list, [], "test");
    }
}
