using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;

namespace Network.ServiceDefaults.OpenApi;

/// <summary>
/// What every operation of every service shares, declared once rather than on each endpoint: who may call it, and the
/// client errors the shared pipeline answers before or around the endpoint's own code, each as a problem.
/// </summary>
internal static class OperationConventions
{
    public const string BearerScheme = "Bearer";

    public static async Task ApplyAsync(
        OpenApiOperation operation,
        OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken
    )
    {
        var document = context.Document!;
        var description = context.Description;

        // Without [AllowAnonymous], the fallback policy asks for a signed-in user; with it, a token may still change
        // the answer.
        var authorised = !description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
        var bearer = new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [],
        };
        operation.Security = authorised ? [bearer] : [new OpenApiSecurityRequirement(), bearer];

        // Query names bind whatever their case; the contract writes them in camelCase, as clients send them
        // (an [AsParameters] record's positional parameters would otherwise appear as From, Commune...).
        foreach (
            var query in operation.Parameters?.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query)
                ?? []
        )
        {
            query.Name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(query.Name!);
        }

        var parameters = description.ParameterDescriptions;
        if (parameters.Any(p => p.Source == BindingSource.Body || p.Source == BindingSource.Query))
        {
            await DeclareAsync(
                operation,
                context,
                StatusCodes.Status400BadRequest,
                typeof(HttpValidationProblemDetails),
                "The request does not hold: `errors` names each field, query parameter or header at fault.",
                cancellationToken
            );
        }

        if (authorised)
        {
            await DeclareAsync(
                operation,
                context,
                StatusCodes.Status401Unauthorized,
                typeof(ProblemDetails),
                "No access token, or one that is expired, not yet valid or not issued for this API.",
                cancellationToken
            );
            await DeclareAsync(
                operation,
                context,
                StatusCodes.Status403Forbidden,
                typeof(ProblemDetails),
                "The caller's roles do not allow this, or `X-Partner-Id` names a partner the token does not list.",
                cancellationToken
            );
        }

        if (parameters.Any(p => p.Source == BindingSource.Path))
        {
            await DeclareAsync(
                operation,
                context,
                StatusCodes.Status404NotFound,
                typeof(ProblemDetails),
                "Nothing with this id, or nothing the caller may see.",
                cancellationToken
            );
        }
    }

    /// <summary>Declares <paramref name="status"/> with a problem body, keeping what the endpoint itself says of
    /// it.</summary>
    private static async Task DeclareAsync(
        OpenApiOperation operation,
        OpenApiOperationTransformerContext context,
        int status,
        Type problem,
        string description,
        CancellationToken cancellationToken
    )
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        operation.Responses ??= [];
        if (!operation.Responses.TryGetValue(key, out var declared))
        {
            declared = new OpenApiResponse();
            operation.Responses[key] = declared;
        }

        if (declared is not OpenApiResponse response)
        {
            return;
        }

        if (string.IsNullOrEmpty(response.Description) || response.Description == ReasonPhrases.GetReasonPhrase(status))
        {
            response.Description = description;
        }

        if (response.Content is not { Count: > 0 })
        {
            var schema = await context.GetOrCreateSchemaAsync(problem, null, cancellationToken);
            context.Document!.AddComponent(problem.Name, schema);
            response.Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new()
                {
                    Schema = new OpenApiSchemaReference(problem.Name, context.Document),
                },
            };
        }
    }
}
