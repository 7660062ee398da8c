using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Network.ServiceDefaults.OpenApi;

/// <summary>
/// The XML comments that describe types, properties and parameters are wrapped at the code's line length; their line
/// breaks and indentation are joined into one space, so that a description reads as the sentence it is.
/// </summary>
internal static partial class DescriptionWhitespace
{
    public static Task JoinAsync(
        OpenApiDocument document,
        OpenApiDocumentTransformerContext context,
        CancellationToken cancellationToken
    )
    {
        foreach (var schema in document.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
        {
            schema.Description = Join(schema.Description);
            foreach (var property in schema.Properties?.Values.OfType<OpenApiSchema>() ?? [])
            {
                property.Description = Join(property.Description);
            }
        }

        var operations = document.Paths?.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? []) ?? [];
        foreach (var parameter in operations.SelectMany(o => o.Parameters ?? []).OfType<OpenApiParameter>())
        {
            parameter.Description = Join(parameter.Description);
        }

        return Task.CompletedTask;
    }

    private static string? Join(string? description) =>
        description is null ? null : LineBreak().Replace(description, " ");

    [GeneratedRegex(@"[ \t]*\r?\n[ \t]*")]
    private static partial Regex LineBreak();
}
