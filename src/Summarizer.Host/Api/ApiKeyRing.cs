using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Summarizer.Host.Api;

/// <summary>
/// The configured API keys, held only as SHA-256 hashes. A presented key is hashed and compared with every configured
/// hash in constant time, so neither its length nor its prefix can be learned from response times.
/// </summary>
public sealed class ApiKeyRing(IOptions<ApiOptions> options)
{
    private readonly byte[][] _hashes = options.Value.ApiKeys
        .Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => SHA256.HashData(Encoding.UTF8.GetBytes(k))).ToArray();

    /// <summary>A short non-secret id of the matching key (for rate limiting and logs), or null when no key matches.</summary>
    public string? Identify(string? presented)
    {
        if (string.IsNullOrEmpty(presented)) return null;
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        bool match = false;
        // No early exit: every configured key is compared whatever the outcome.
        foreach (var candidate in _hashes) match |= CryptographicOperations.FixedTimeEquals(hash, candidate);
        return match ? "key-" + Convert.ToHexStringLower(hash.AsSpan(0, 4)) : null;
    }
}
