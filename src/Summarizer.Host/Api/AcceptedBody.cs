namespace Summarizer.Host.Api;

/// <summary>
/// What an endpoint reads its body as: the request type and the media types, in the endpoint's metadata for the
/// OpenAPI document (<see cref="OpenApiSetup"/>) and checked by the endpoint itself (<see cref="BodyMediaType"/>), so a
/// refusal says what is accepted. Unlike <c>Accepts()</c> it is no routing constraint: routing would answer 415 for
/// another media type on its own, with no word of what to send.
/// </summary>
public sealed record AcceptedBody(Type RequestType, IReadOnlyList<string> ContentTypes)
{
    public const string Json = "application/json", PlainText = "text/plain";

    public bool Allows(BodyKind kind) => ContentTypes.Contains(kind == BodyKind.Json ? Json : PlainText);

    /// <summary>"application/json or text/plain".</summary>
    public override string ToString() => ContentTypes.Count == 1 ? ContentTypes[0] : $"{string.Join(", ", ContentTypes.SkipLast(1))} or {ContentTypes[^1]}";
}

/// <summary>Declares an endpoint's <see cref="AcceptedBody"/>.</summary>
public static class AcceptedBodyExtensions
{
    public static RouteHandlerBuilder AcceptsBody(this RouteHandlerBuilder endpoint, AcceptedBody body) => endpoint.WithMetadata(body);
}
