using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Summarizer.Host.Api;

/// <summary>What a request body claims to be.</summary>
public enum BodyKind
{
    Json,
    PlainText,
}

/// <summary>
/// The body's media type and declared charset: JSON must be UTF-8 (RFC 8259); plain text may declare UTF-8, UTF-16,
/// US-ASCII, ISO-8859-1 or Windows-1252 and is decoded as declared. Anything else, or a kind the endpoint does not take,
/// is refused with 415, naming what was sent and what the endpoint accepts.
/// </summary>
public static class BodyMediaType
{
    private static readonly Dictionary<string, Encoding> TextCharsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utf-8"] = new UTF8Encoding(false), ["utf8"] = new UTF8Encoding(false),
        ["us-ascii"] = Encoding.ASCII, ["ascii"] = Encoding.ASCII,
        ["iso-8859-1"] = Encoding.Latin1, ["latin1"] = Encoding.Latin1, ["iso_8859-1"] = Encoding.Latin1,
        ["utf-16"] = Encoding.Unicode, ["utf-16le"] = Encoding.Unicode, ["utf-16be"] = Encoding.BigEndianUnicode,
    };

    static BodyMediaType() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (BodyKind Kind, Encoding? Encoding, ProblemHttpResult? Unsupported) Of(HttpRequest request, AcceptedBody accepted)
    {
        var (kind, encoding, unsupported) = Read(request, accepted);
        if (unsupported is null && !accepted.Allows(kind)) return (default, null, UnsupportedType(request.ContentType, accepted));
        return (kind, encoding, unsupported);
    }

    private static (BodyKind Kind, Encoding? Encoding, ProblemHttpResult? Unsupported) Read(HttpRequest request, AcceptedBody accepted)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || type.MediaType.Value is not { } media)
            return (default, null, UnsupportedType(request.ContentType, accepted));
        string? charset = type.Charset.HasValue ? type.Charset.Value!.Trim('"') : null;
        if (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
        {
            return charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
                ? (BodyKind.Json, Encoding.UTF8, null)
                : (default, null, UnsupportedCharset(charset, "JSON bodies must be UTF-8"));
        }
        if (media.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            if (charset is null) return (BodyKind.PlainText, new UTF8Encoding(false), null);
            if (TextCharsets.TryGetValue(charset, out var encoding)) return (BodyKind.PlainText, encoding, null);
            if (charset.Equals("windows-1252", StringComparison.OrdinalIgnoreCase) || charset.Equals("cp1252", StringComparison.OrdinalIgnoreCase))
                return (BodyKind.PlainText, Encoding.GetEncoding(1252), null);
            return (default, null, UnsupportedCharset(charset, "send UTF-8, UTF-16, US-ASCII, ISO-8859-1 or Windows-1252"));
        }
        return (default, null, UnsupportedType(request.ContentType, accepted));
    }

    /// <summary>415 for a body of a media type the endpoint does not take.</summary>
    private static ProblemHttpResult UnsupportedType(string? contentType, AcceptedBody accepted) => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type",
        detail: $"Send {accepted}, not '{(string.IsNullOrEmpty(contentType) ? "(none)" : contentType)}'.");

    private static ProblemHttpResult UnsupportedCharset(string charset, string advice) => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported charset",
        detail: $"The body declares charset '{charset}': {advice}.");
}
