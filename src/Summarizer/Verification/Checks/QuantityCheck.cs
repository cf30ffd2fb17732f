using Summarizer.Summaries;
using Summarizer.Facts;
using Summarizer.Facts.Quantities;

namespace Summarizer.Verification.Checks;

/// <summary>
/// Checks a figure. Values compare after normalisation (0.5% tolerance; 10% when the claim itself hedges with
/// "about"/"nearly"). Units compare by class ("nation" ~ "country"); a missing unit on either side matches.
/// Qualifier rule: the claim may not be stronger than the article — "200,000" where the
/// article says "at least 200,000" is Unsupported; "at least" against "less than" is Contradicted; a hedged
/// claim ("about") of an exact figure is fine. A score or tally ("3-1") supports a count of votes or seats only, and
/// an age only an age. No matching value but the same counted noun with another value
/// (in the cited sentence first) is Contradicted; otherwise Unsupported.
/// </summary>
internal static class QuantityCheck
{
    public static Finding Check(QuantityClaim claim, CheckContext ctx)
    {
        string? unitClass = claim.Unit is null ? null : Units.Class(Units.Lemma(claim.Unit));
        // A tally of votes or seats ("passed 52-48") does count them ("52 votes to 48"); a score counts no one's goals.
        bool UnitOk(QuantityFact q) => unitClass is null || q.Unit is null || Units.Class(q.Unit) == unitClass
            || q.Unit == Units.Score && unitClass is "vote" or "seat";
        var claimClass = Qualifiers.Classify(claim.Qualifier);

        var matches = ctx.Facts.Quantities.Where(q => UnitOk(q) && ValueMatches(claim, claimClass, q))
            .OrderByDescending(q => q.SentenceId == claim.SentenceId)
            .ThenByDescending(q => Compatible(claimClass, Qualifiers.Classify(q.Qualifier)) == true)
            .ToList();
        if (matches.Count > 0)
        {
            var best = matches[0];
            var articleClass = Qualifiers.Classify(best.Qualifier);
            return Compatible(claimClass, articleClass) switch
            {
                true => Found(claim, FindingStatus.Supported, best, null),
                false => Found(claim, FindingStatus.Contradicted, best, $"the article bounds this figure the other way: '{best.Text}'"),
                null => Found(claim, FindingStatus.Unsupported, best, $"the article qualifies this figure ('{best.Text}'); the summary states it {(claim.Qualifier is null ? "as exact" : $"as '{claim.Qualifier}'")}"),
            };
        }
        if (unitClass is not null)
        {
            var other = ctx.Facts.Quantities.Where(q => q.Unit is not null && Units.Class(q.Unit) == unitClass)
                .OrderByDescending(q => q.SentenceId == claim.SentenceId).FirstOrDefault();
            if (other is not null)
                return Found(claim, FindingStatus.Contradicted, other, $"the article gives {other.Text}");
        }
        // A bare number ("march 27" read without its month) is supported by the same number anywhere in the text.
        if (unitClass is null && claim.Upper is null && ArticleNumber(claim.Value, ctx) is { } token)
            return new Finding("quantity", claim.Display, FindingStatus.Supported, ctx.Article.Text.Substring(token.Start, token.Length), token.Start, token.Length, "the number is in the article");
        return new Finding("quantity", claim.Display, FindingStatus.Unsupported, null, Note: "no such figure in the article");
    }

    private static Alignment.WordToken? ArticleNumber(double value, CheckContext ctx)
    {
        var index = Alignment.ArticleIndexCache.For(ctx.Article);
        if (!index.Numbers.Contains(Alignment.ArticleIndex.Round(value))) return null;
        foreach (var t in index.Tokens)
            if (t.IsNumber && Alignment.NumberValue.Of(t.Folded, null) is { } v && Alignment.ArticleIndex.Round(v) == Alignment.ArticleIndex.Round(value)) return t;
        return null;
    }

    private static Finding Found(QuantityClaim claim, FindingStatus status, QuantityFact evidence, string? note) =>
        new("quantity", claim.Display, status, evidence.Text, evidence.Span.Start, evidence.Span.Length, note);

    private static bool ValueMatches(QuantityClaim claim, QualifierClass claimClass, QuantityFact q)
    {
        if (claimClass == QualifierClass.Vague)
            return Qualifiers.Classify(q.Qualifier) == QualifierClass.Vague ? Near(claim.Value, q.Value, 0.005) : q.Value >= claim.Value / 2 && q.Value < claim.Value * 500;
        double tolerance = claimClass == QualifierClass.Approximate ? 0.10 : 0.005;
        if (claim.Upper is { } upper)
            return q.UpperValue is { } qUpper && Near(claim.Value, q.Value, tolerance) && Near(upper, qUpper, tolerance);
        return Near(claim.Value, q.Value, tolerance) || (q.UpperValue is { } up && Near(claim.Value, up, tolerance));
    }

    private static bool Near(double a, double b, double tolerance) =>
        Math.Abs(a - b) <= Math.Max(1e-9, tolerance * Math.Max(Math.Abs(a), Math.Abs(b)));

    /// <summary>True: compatible; false: the bounds point opposite ways; null: the claim is stronger than the article.</summary>
    private static bool? Compatible(QualifierClass claim, QualifierClass article) => (claim, article) switch
    {
        _ when claim == article => true,
        (QualifierClass.Approximate or QualifierClass.Vague, _) => true,
        (QualifierClass.Exact, QualifierClass.Approximate) => true,
        (QualifierClass.AtLeast, QualifierClass.Exact or QualifierClass.Approximate) => true,
        (QualifierClass.AtMost, QualifierClass.Exact or QualifierClass.Approximate) => true,
        (QualifierClass.AtLeast, QualifierClass.AtMost) or (QualifierClass.AtMost, QualifierClass.AtLeast) => false,
        _ => null,
    };
}
