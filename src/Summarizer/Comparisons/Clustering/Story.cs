using System.Security.Cryptography;
using System.Text;
using Summarizer.Comparisons.Quantities;

namespace Summarizer.Comparisons.Clustering;

/// <summary>Articles judged to report the same story. <see cref="Id"/> depends only on the member ids, so reruns keep it.</summary>
public sealed record Story(string Id, IReadOnlyList<string> ArticleIds)
{
    /// <summary>A story of the given articles, with its id computed from them in any order.</summary>
    public static Story Of(IEnumerable<string> articleIds)
    {
        var ids = articleIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new Story(IdFor(ids), ids);
    }

    /// <summary>The stable id of a set of article ids: a hash of them sorted, so input order does not matter.</summary>
    public static string IdFor(IEnumerable<string> articleIds)
    {
        string joined = string.Join('\n', articleIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(joined), hash);
        return "story-" + Convert.ToHexStringLower(hash[..8]);
    }
}
