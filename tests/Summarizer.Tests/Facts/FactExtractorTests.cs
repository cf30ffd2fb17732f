using Summarizer.Articles;
using Summarizer.Articles.Sentences;
using Summarizer.Facts;
using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Facts;

public class FactExtractorTests
{
    public static TheoryData<string> Seeds => new(SeedPrefixes);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_fact_carries_a_span_into_the_text_and_its_sentence(string seed)
    {
        var article = Seed(seed);
        var facts = FactsOf(article);
        void Check(string text, TextSpan span, int sentenceId)
        {
            Assert.InRange(span.Start, 0, article.Text.Length);
            Assert.True(span.End <= article.Text.Length, $"span of '{text}' runs past the text");
            Assert.Equal(article.SentenceIdAt(span.Start), sentenceId);
        }
        foreach (var q in facts.Quantities) { Check(q.Text, q.Span, q.SentenceId); Assert.Equal(q.Text, article.Text.Substring(q.Span.Start, q.Span.Length)); }
        foreach (var d in facts.Dates) Check(d.Text, d.Span, d.SentenceId);
        foreach (var q in facts.Quotes) { Check(q.Text, q.Span, q.SentenceId); Assert.StartsWith(q.Text, article.Text.Substring(q.Span.Start, q.Span.Length)); }
        foreach (var p in facts.People)
        {
            foreach (var m in p.Mentions) { Check(m.Text, m.Span, m.SentenceId); Assert.Equal(m.Text, article.Text.Substring(m.Span.Start, m.Span.Length)); }
            foreach (var r in p.Roles)
            {
                Check(r.Role, r.Span, r.SentenceId);
                string evidence = article.Text.Substring(r.Span.Start, r.Span.Length);
                // The span gives the role to the person: it holds the role (unless inferred) and one of the person's names.
                if (!r.Inferred) Assert.Contains(r.Role, evidence);
                Assert.Contains(p.Aliases, alias => evidence.Contains(alias, StringComparison.Ordinal));
            }
        }
        foreach (var m in facts.Organisations.Concat(facts.Places).SelectMany(n => n.Mentions)) Check(m.Text, m.Span, m.SentenceId);
        foreach (var a in facts.Attributions) Check(a.SourceName, a.Span, a.SentenceId);
    }

    [Fact]
    public void Seed_000_figures_read_as_the_text_states_them()
    {
        var facts = FactsOf(Seed("000"));
        Assert.Contains(facts.Quantities, q => q.Value == 200000 && q.Qualifier == "at least" && q.Unit == "peacekeeper");
        Assert.Contains(facts.Quantities, q => q.Value == 100000 && q.UpperValue == 150000 && q.Unit == "troop");
        Assert.Contains(facts.Quantities, q => q.Value == 30 && q.Unit == "member");
        Assert.Contains(facts.Quantities, q => q.Value == 15 && q.Unit == "country");
        Assert.DoesNotContain(facts.Quantities, q => q.Value is 16 or 21 or 11);
    }

    [Fact]
    public void Extraction_is_deterministic()
    {
        var article = Seed("004");
        var a = FactsOf(article);
        var b = FactsOf(article);
        Assert.Equal(a.Quantities, b.Quantities);
        Assert.Equal(a.Quotes, b.Quotes);
        Assert.Equal(a.People.Select(p => p.Name), b.People.Select(p => p.Name));
    }

    [Fact]
    public void Hostile_text_gives_only_facts_that_are_in_it()
    {
        var extractor = new FactExtractor();
        var quotes = FromText(new string('"', 5000) + " filler text for the minimum length");
        string marks = string.Concat(Enumerable.Repeat("“«‘ ,,, ... ?! ", 3000));
        // The factory refuses a text with no words; the extractor must still cope if one reaches it another way.
        Assert.Null(new ArticleFactory().TryCreate(new RawArticle("marks.txt", marks), out _));
        var punctuation = new Article("marks", null, null, null, null, marks, SentenceSplitter.Split(marks), [], "marks.txt");
        var titles = FromText(string.Concat(Enumerable.Repeat("President President Minister Of The ", 2000)));
        var numbers = FromText(string.Concat(Enumerable.Repeat("1,000 to 2,000 3-4-5 $€£ % ", 2000)));

        foreach (var article in new[] { quotes, punctuation, titles, numbers })
        {
            var facts = extractor.Extract(article);
            foreach (var span in facts.Quantities.Select(q => q.Span).Concat(facts.Quotes.Select(q => q.Span))
                .Concat(facts.People.SelectMany(p => p.Mentions).Select(m => m.Span)))
                Assert.True(span.Start >= 0 && span.End <= article.Text.Length, "a span runs outside the text");
            Assert.All(facts.Quotes, q => Assert.Contains(q.Text, article.Text));
        }
        // Titles with nobody to hold them name no one; figures are the ones written.
        Assert.Empty(extractor.Extract(titles).People);
        Assert.Empty(extractor.Extract(punctuation).Quantities);
        Assert.All(extractor.Extract(numbers).Quantities, q => Assert.Contains(q.Value, new double[] { 1000, 2000, 3, 4, 5 }));
    }
}
