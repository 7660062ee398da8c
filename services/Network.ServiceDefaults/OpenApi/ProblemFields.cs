using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Network.ServiceDefaults.OpenApi;

/// <summary>The fields of RFC 9457 problem details, which are the framework's types and so carry no comments of
/// ours.</summary>
internal static class ProblemFields
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["type"] = "A URI reference that identifies the kind of problem.",
        ["title"] = "A short summary of the kind of problem, the same for every occurrence.",
        ["status"] = "The HTTP status code of the answer.",
        ["detail"] = "What went wrong with this request, for a person to read.",
        ["instance"] = "The path of the request that met the problem.",
        ["errors"] =
            "For each field, query parameter or header at fault (by its name in the request), what is wrong with it.",
    };

    public static Task Describe(
        OpenApiSchema schema,
        OpenApiSchemaTransformerContext context,
        CancellationToken cancellationToken
    )
    {
        if (
            context.JsonTypeInfo.Type != typeof(ProblemDetails)
            && context.JsonTypeInfo.Type != typeof(HttpValidationProblemDetails)
        )
        {
            return Task.CompletedTask;
        }

        foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (property is OpenApiSchema inline && Descriptions.TryGetValue(name, out var description))
            {
                inline.Description = description;
            }
        }

        return Task.CompletedTask;
    }
}
