using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Network.ServiceDefaults.OpenApi;

/// <summary>
/// A nullable property of another schema is written <c>oneOf: [null, $ref]</c>, and the XML comments' description lands
/// on the <c>$ref</c>; it is moved up to the property, where readers and tools look for it.
/// </summary>
internal static class NullableDescriptions
{
    public static Task LiftAsync(
        OpenApiDocument document,
        OpenApiDocumentTransformerContext context,
        CancellationToken cancellationToken
    )
    {
        foreach (var schema in document.Components?.Schemas?.Values ?? [])
        {
            foreach (var property in schema.Properties?.Values.OfType<OpenApiSchema>() ?? [])
            {
                if (
                    string.IsNullOrEmpty(property.Description)
                    && property
                        .OneOf?.OfType<OpenApiSchemaReference>()
                        .SingleOrDefault(r => !string.IsNullOrEmpty(r.Description))
                        is { } described
                )
                {
                    property.Description = described.Description;
                    described.Description = null;
                }
            }
        }

        return Task.CompletedTask;
    }
}
