using System.Text.Json;

namespace Network.Resilience.Tests.HostileInput;

/// <summary>A parameter of an operation: where it goes, its name as declared, and its schema.</summary>
public sealed record ApiParameter(string Name, string In, ApiSchema Schema);

/// <summary>One operation of a service's OpenAPI document.</summary>
public sealed record ApiOperation(
    string Service,
    string Method,
    string Path,
    IReadOnlyList<ApiParameter> PathParameters,
    IReadOnlyList<ApiParameter> QueryParameters,
    ApiSchema? Body,
    string? BodySchemaName,
    bool BodyRequired
)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    public override string ToString() => $"{Method} {Path}";

    /// <summary>Every operation of an OpenAPI 3 document.</summary>
    public static IReadOnlyList<ApiOperation> ReadAll(string service, JsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.RootElement;
        var components =
            root.TryGetProperty("components", out var c) && c.TryGetProperty("schemas", out var s) ? s : default;
        var operations = new List<ApiOperation>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var entry in path.Value.EnumerateObject().Where(e => Methods.Contains(e.Name)))
            {
                var parameters = entry.Value.TryGetProperty("parameters", out var declared)
                    ? declared
                        .EnumerateArray()
                        .Select(p => new ApiParameter(
                            p.GetProperty("name").GetString()!,
                            p.GetProperty("in").GetString()!,
                            p.TryGetProperty("schema", out var schema)
                                ? ApiSchema.Read(schema, components)
                                : ApiSchema.Unknown
                        ))
                        .ToList()
                    : [];
                ApiSchema? body = null;
                string? bodySchemaName = null;
                var bodyRequired = false;
                if (
                    entry.Value.TryGetProperty("requestBody", out var requestBody)
                    && requestBody.TryGetProperty("content", out var content)
                    && content.TryGetProperty("application/json", out var json)
                    && json.TryGetProperty("schema", out var bodySchema)
                )
                {
                    body = ApiSchema.Read(bodySchema, components);
                    bodySchemaName = SchemaName(bodySchema);
                    bodyRequired = requestBody.TryGetProperty("required", out var required) && required.GetBoolean();
                }

                operations.Add(
                    new ApiOperation(
                        service,
                        entry.Name.ToUpperInvariant(),
                        path.Name,
                        parameters.Where(p => p.In == "path").ToList(),
                        parameters.Where(p => p.In == "query").ToList(),
                        body,
                        bodySchemaName,
                        bodyRequired
                    )
                );
            }
        }

        return operations;
    }

    private static string? SchemaName(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return reference.GetString()!.Split('/')[^1];
        }

        return schema.TryGetProperty("oneOf", out var options)
            ? options.EnumerateArray().Select(SchemaName).FirstOrDefault(name => name is not null)
            : null;
    }
}
