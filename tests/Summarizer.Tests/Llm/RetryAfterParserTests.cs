using Summarizer.Llm.Resilience;

namespace Summarizer.Tests.Llm;

public sealed class RetryAfterParserTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 17, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("1", null, 1000)]
    [InlineData("2.5", null, 2500)]
    [InlineData(" 30 ", null, 30000)]
    [InlineData("Mon, 17 Mar 2025 12:00:07 GMT", null, 7000)]
    [InlineData("Mon, 17 Mar 2025 11:59:00 GMT", null, 0)] // date in the past: retry now
    [InlineData("5", "250", 250)] // OpenAI's millisecond header wins
    [InlineData(null, "1500", 1500)]
    public void Parses_seconds_dates_and_milliseconds(string? retryAfter, string? ms, double expectedMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), RetryAfterParser.Parse(retryAfter, ms, Now));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-3")]
    public void Missing_or_garbage_means_no_server_delay(string? retryAfter) =>
        Assert.Null(RetryAfterParser.Parse(retryAfter, null, Now));

    [Fact]
    public void A_response_is_read_by_its_headers_and_no_response_means_no_delay()
    {
        using var throttled = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        throttled.Headers.TryAddWithoutValidation("Retry-After", "Mon, 17 Mar 2025 12:00:30 GMT");
        using var openAi = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        openAi.Headers.TryAddWithoutValidation("Retry-After", "20");
        openAi.Headers.TryAddWithoutValidation("retry-after-ms", "750");
        using var plain = new HttpResponseMessage(System.Net.HttpStatusCode.InternalServerError);

        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfterParser.FromResponse(throttled, Now));
        Assert.Equal(TimeSpan.FromMilliseconds(750), RetryAfterParser.FromResponse(openAi, Now));
        Assert.Null(RetryAfterParser.FromResponse(plain, Now));
        Assert.Null(RetryAfterParser.FromResponse(null, Now)); // a network error or timeout
    }
}
