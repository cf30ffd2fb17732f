namespace Summarizer.Host.Api;

/// <summary>The editors' HTTP API, bound from <c>Summarizer:Api</c>.</summary>
public sealed class ApiOptions
{
    public const string Section = "Summarizer:Api";

    /// <summary>When false, <c>serve</c> maps no <c>/api</c> endpoint (the nightly run alone).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Accepted values of the <c>X-Api-Key</c> header. With none configured every API call is refused.</summary>
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>Requests each key may make per <see cref="RateLimitWindowSeconds"/>.</summary>
    public int RequestsPerWindow { get; set; } = 60;

    public int RateLimitWindowSeconds { get; set; } = 60;

    /// <summary>Requests without a valid key that one client address may make per window (then 429): key guessing is slow.</summary>
    public int UnauthenticatedRequestsPerWindow { get; set; } = 10;

    /// <summary>Longest an API request may take; then its work stops and it is answered 503 with <c>Retry-After</c>.</summary>
    public int RequestTimeoutSeconds { get; set; } = 60;

    /// <summary>Largest request body accepted; larger ones get 413.</summary>
    public long MaxBodyBytes { get; set; } = 4 * 1024 * 1024;
}
