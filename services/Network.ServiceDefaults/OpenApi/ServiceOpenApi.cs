using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi;

namespace Network.ServiceDefaults.OpenApi;

/// <summary>One OpenAPI document per service at <c>/openapi/v1.json</c>, declaring the Keycloak bearer scheme.</summary>
internal static class ServiceOpenApi
{
    private const string BearerScheme = "Bearer";

    public static void AddServiceOpenApi(this IHostApplicationBuilder builder)
        => builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An access token of the Keycloak realm `network` (audience `network-api`). "
                              + "A user working for several partners names the one they act for with `X-Partner-Id`.",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [],
            });
            return Task.CompletedTask;
        }));

    public static void MapServiceOpenApi(this WebApplication app)
        => app.MapOpenApi().AllowAnonymous();
}
