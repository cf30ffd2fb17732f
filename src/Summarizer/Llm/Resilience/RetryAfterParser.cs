using System.Globalization;

namespace Summarizer.Llm.Resilience;

/// <summary>Reads how long a server asked us to wait: <c>retry-after-ms</c> (OpenAI) or <c>Retry-After</c> in seconds or as an HTTP date.</summary>
public static class RetryAfterParser
{
    /// <summary>The wait a failed response asked for, or null when it asked for none (or there was no response).</summary>
    public static TimeSpan? FromResponse(HttpResponseMessage? response, DateTimeOffset now)
    {
        if (response is null) return null;
        return Parse(Header(response, "Retry-After"), Header(response, "retry-after-ms"), now);
    }

    /// <summary>Parses the header values; a date in the past means "now" (zero), garbage means null.</summary>
    public static TimeSpan? Parse(string? retryAfter, string? retryAfterMs, DateTimeOffset now)
    {
        if (double.TryParse(retryAfterMs, NumberStyles.Float, CultureInfo.InvariantCulture, out var millis) && millis >= 0)
            return TimeSpan.FromMilliseconds(millis);

        if (string.IsNullOrWhiteSpace(retryAfter)) return null;
        retryAfter = retryAfter.Trim();

        if (double.TryParse(retryAfter, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            return seconds >= 0 ? TimeSpan.FromSeconds(seconds) : null;

        if (DateTimeOffset.TryParseExact(retryAfter, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            || DateTimeOffset.TryParse(retryAfter, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at))
        {
            var wait = at - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
