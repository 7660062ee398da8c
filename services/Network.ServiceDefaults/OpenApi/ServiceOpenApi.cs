using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi;

namespace Network.ServiceDefaults.OpenApi;

/// <summary>One OpenAPI document per service at <c>/openapi/v1.json</c>, declaring the Keycloak bearer scheme per
/// operation.</summary>
internal static class ServiceOpenApi
{
    /// <summary>The choices every service makes where the platform's contract is silent.</summary>
    private const string Conventions = """
        Conventions shared by every service of the network platform:

        - Errors are RFC 9457 problem details. A body that is not JSON, has a value of the wrong type,
          a field the resource does not have, or a field given twice is 400 with `errors` naming the field;
          a body that is not declared as JSON is 415; a body over the size limit (1 MiB by default) is 413.
          A database that is briefly unavailable answers 503 with `Retry-After`; nothing is saved.
        - `X-Partner-Id` that is not a GUID is 400; naming a partner the token does not list is 403. A token that
          lists several partners, on a route that acts for one, without `X-Partner-Id`, is 400 naming the header.
        - `Idempotency-Key` on a create: the first answer is replayed for 24 hours to the same caller (header
          `Idempotent-Replayed: true`); the same key with a different request is 422, and while the first request is
          still running, 409 (a first request that never finished frees its key after two minutes). Keys are at most 200
          characters. A key belongs to the user and the partner the request acts for (the same key for another partner
          is a new request); anonymous callers' keys are scoped to their network address.
        - Text that holds one line (names, titles, communes, streets, codes, contacts, reasons) refuses line breaks,
          tabs and every other control character: 400 naming the field. Free texts (descriptions, notes, comments)
          keep their line breaks and refuse every other control character.
        - `X-Correlation-Id` is echoed when it is at most 128 characters of letters, digits and `-_.:`;
          otherwise, or when absent, the trace id is returned. A 32-hex-digit id sent without `traceparent`
          becomes the request's trace id.
        - `ETag` is the resource's version, a quoted integer.
        """;

    /// <summary>
    /// The conventions of every OpenAPI document of the deployable: the description above, the bearer scheme, the
    /// errors every operation can answer (<see cref="OperationConventions"/>) and the fields of a problem. The
    /// deployable declares its document with
    /// <c>AddOpenApi()</c> in its own assembly: the OpenAPI source generator intercepts that call to add the
    /// descriptions its XML comments give (types, properties, parameters), which it cannot do for a call made here.
    /// </summary>
    public static void AddServiceOpenApi(this IHostApplicationBuilder builder) =>
        builder.Services.ConfigureAll<OpenApiOptions>(options =>
        {
            options.AddDocumentTransformer(
                (document, _, _) =>
                {
                    document.Info.Description = Conventions;
                    document.Components ??= new OpenApiComponents();
                    document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                    document.Components.SecuritySchemes[OperationConventions.BearerScheme] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http,
                        Scheme = "bearer",
                        BearerFormat = "JWT",
                        Description =
                            "An access token of the Keycloak realm `network` (audience `network-api`, "
                            + "`typ: Bearer`; an ID or refresh token is 401). A user working for several partners "
                            + "names the one they act for with `X-Partner-Id`.",
                    };
                    return Task.CompletedTask;
                }
            );
            options.AddDocumentTransformer(NullableDescriptions.LiftAsync);
            options.AddDocumentTransformer(DescriptionWhitespace.JoinAsync);
            options.AddOperationTransformer(OperationConventions.ApplyAsync);
            options.AddSchemaTransformer(ProblemFields.Describe);
        });

    public static void MapServiceOpenApi(this WebApplication app) => app.MapOpenApi().AllowAnonymous();
}
