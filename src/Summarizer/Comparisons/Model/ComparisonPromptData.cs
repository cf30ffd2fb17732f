using System.Globalization;
using System.Text.Json;
using Summarizer.Facts;
using Summarizer.Summaries;

using Summarizer.Prompts;
using Summarizer.Comparisons;
using Summarizer.Comparisons.Quantities;

namespace Summarizer.Comparisons.Model;

/// <summary>
/// The data <c>prompts/compare.yaml</c> renders: each article of a story with its outlet, summary, FactSheet in
/// short lines, and its sentences numbered, so the model can quote a sentence by number and the
/// <see cref="ComparisonPositionVerifier"/> can check the quote.
/// </summary>
public sealed record ComparisonPromptData(string StoryId, IReadOnlyList<PromptArticle> Articles)
{
    /// <summary>
    /// Builds the data for one story. <paramref name="maxSentencesPerArticle"/> bounds long articles for the context
    /// budget; the article's first sentences are kept because news puts the facts first.
    /// </summary>
    public static ComparisonPromptData Build(string storyId, IReadOnlyList<ComparisonInput> inputs, int? maxSentencesPerArticle = null)
    {
        // An article stating no outlet is "unnamed outlet" to the model too: its title is given as a title, not as an outlet.
        var names = OutletNames.Of(inputs);
        return new(storyId, inputs.Select((input, i) => Article(i + 1, input, names[input.Article.Id], maxSentencesPerArticle)).ToList());
    }

    /// <summary>Template variables: <c>storyId</c>, <c>articles</c> (for iteration) and <c>articlesJson</c> (for templates that embed JSON).</summary>
    public IReadOnlyDictionary<string, object?> ToVariables() => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["storyId"] = StoryId,
        ["articles"] = Articles,
        ["articlesJson"] = JsonSerializer.Serialize(Articles, SummaryJson.Compact),
    };

    private static PromptArticle Article(int number, ComparisonInput input, string outlet, int? maxSentences)
    {
        var a = input.Article;
        var facts = input.Facts;
        // Everything taken from the article is data: delimiter tags in it are defanged (see PromptDelimiters).
        static string Safe(string text) => PromptDelimiters.Neutralise(text);
        var sentences = a.Sentences.Take(maxSentences ?? int.MaxValue)
            .Select(s => new PromptSentence(s.Id, Safe(s.Text.Trim()))).ToList();
        var summary = input.Summary;
        return new PromptArticle(
            Number: number,
            Id: a.Id,
            Outlet: Safe(outlet),
            Title: a.Title is null ? null : Safe(a.Title),
            Headline: summary?.Headline is null ? null : Safe(summary.Headline),
            Lede: summary?.Lede is null ? null : Safe(summary.Lede),
            KeyPoints: summary?.KeyPoints.Select(k => Safe(k.Text)).ToList() ?? [],
            Quantities: facts.Quantities.Select(q => Safe($"{q.Text}{Qualified(q)} [s{q.SentenceId}]")).ToList(),
            People: facts.People.Select(p => Safe(p.Roles.Count == 0 ? p.Name
                : $"{p.Name} ({string.Join("; ", p.Roles.Select(r => $"{r.Role} [s{r.SentenceId}]"))})")).ToList(),
            Quotes: facts.Quotes.Select(q => Safe($"{q.Speaker ?? "unattributed"}: “{q.Text}” [s{q.SentenceId}]")).ToList(),
            Attributions: facts.Attributions.Select(t => Safe($"{t.SourceName} ({t.Cue}) [s{t.SentenceId}]")).ToList(),
            Sentences: sentences);
    }

    private static string Qualified(QuantityFact q)
    {
        string value = q.UpperValue is { } upper
            ? $"{q.Value.ToString(CultureInfo.InvariantCulture)}–{upper.ToString(CultureInfo.InvariantCulture)}"
            : q.Value.ToString(CultureInfo.InvariantCulture);
        return $" = {(q.Qualifier is null ? "" : q.Qualifier + " ")}{value}{(q.Unit is null ? "" : " " + q.Unit)}";
    }
}
