using Summarizer.Articles;
using Summarizer.Evaluation.Stories;

namespace Summarizer.Evaluation.Tests.Stories;

public sealed class StoryEventReaderTests
{
    [Fact]
    public void Reads_events_and_names_the_lines_it_skips()
    {
        string jsonl = """
            {"id": "e1", "articles": [{"title": "T1", "text": "First text."}, {"text": "Second text."}], "referenceTitle": "R", "reference": "A roundup."}

            not json
            {"id": "e2", "articles": [], "reference": "x"}
            """;

        var (events, problems) = StoryEventReader.Read(new StringReader(jsonl), "dev.jsonl");

        var e = Assert.Single(events);
        Assert.Equal("e1", e.Id);
        Assert.Equal(["T1", null], e.Articles.Select(a => a.Title));
        Assert.Equal("A roundup.", e.Reference);
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.StartsWith("dev.jsonl:", p));
    }

    [Fact]
    public void Baselines_take_each_articles_first_sentence_and_the_longest_articles_lead()
    {
        var factory = new ArticleFactory(new ArticleOptions { MinTextLength = 1 });
        var shortOne = factory.Create(new RawArticle("a", "Short one here. Second sentence."));
        var longOne = factory.Create(new RawArticle("b", "Long one opens. It goes on. And on again. Then stops here at last."));

        Assert.Equal("Short one here.\nLong one opens.", StoryBaselines.FirstSentencesOf([shortOne, longOne]));
        Assert.Equal("Long one opens.\nIt goes on.\nAnd on again.", StoryBaselines.Lead3LongestOf([shortOne, longOne]));
    }
}
