using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Summarizer.Host.Api;

/// <summary>
/// The generated OpenAPI document at <c>/openapi/v1.json</c>: the endpoints as mapped, the API-key scheme they require, and
/// the <c>Retry-After</c> header of the 503 an /api request passing its deadline is answered with.
/// </summary>
internal static class OpenApiSetup
{
    public const string ApiKeyScheme = "ApiKey";

    private const string RetryAfterHeader = "Retry-After";

    public static IServiceCollection AddSummarizerOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Summarizer editors' API",
                    Version = "v1",
                    Description = "Structured, fact-checked summaries of news articles and comparisons of several outlets' accounts of one story.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = ApiKeyAuthenticationHandler.Header,
                    Description = "One of Summarizer:Api:ApiKeys.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(async (operation, context, cancellationToken) =>
            {
                // Only the /api routes need the key.
                if (context.Description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true)
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [] }];
                // The deadline's 503 says when to try again.
                if (operation.Responses?.TryGetValue("503", out var deadline) == true && deadline is OpenApiResponse timeout)
                {
                    timeout.Description = "The request passed its processing deadline (Summarizer:Api:RequestTimeoutSeconds); try again later.";
                    timeout.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    timeout.Headers[RetryAfterHeader] = new OpenApiHeader
                    {
                        Description = "Seconds to wait before trying again.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
                    };
                }
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<AcceptedBody>().LastOrDefault() is { } body)
                    operation.RequestBody = await RequestBodyAsync(body, context, cancellationToken);
            });
        });

    /// <summary>The request body an <see cref="AcceptedBody"/> declares: the request type's schema for JSON, a string for plain text.</summary>
    private static async Task<OpenApiRequestBody> RequestBodyAsync(AcceptedBody body, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var schema = await context.GetOrCreateSchemaAsync(body.RequestType, null, ct);
        return new OpenApiRequestBody
        {
            Required = true,
            Content = body.ContentTypes.ToDictionary(type => type, type => new OpenApiMediaType
            {
                Schema = type == AcceptedBody.Json ? schema : new OpenApiSchema { Type = JsonSchemaType.String },
            }),
        };
    }
}
