using System.Text.Json;

namespace Network.Resilience.Tests.HostileInput;

/// <summary>
/// What a JSON value of the contract is, as an OpenAPI schema describes it, with its references resolved, and the rules
/// it declares: the fields an object requires, the longest text, the bounds of a number, the pattern of a text.
/// </summary>
public sealed record ApiSchema(
    string Type,
    string? Format,
    IReadOnlyDictionary<string, ApiSchema> Properties,
    ApiSchema? Items,
    IReadOnlyList<string> Values
)
{
    private const int MaxDepth = 8;

    public static readonly ApiSchema Unknown = new("unknown", null, new Dictionary<string, ApiSchema>(), null, []);

    public IReadOnlyList<string> Required { get; init; } = [];

    public int? MaxLength { get; init; }

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public string? Pattern { get; init; }

    public bool IsObject => Type == "object";

    public bool IsEnumeration => Values.Count > 0;

    /// <summary>Reads a schema of a document, following <c>$ref</c>, <c>oneOf</c> with null, and type arrays with
    /// "null".</summary>
    public static ApiSchema Read(JsonElement schema, JsonElement components, int depth = 0)
    {
        if (depth > MaxDepth || schema.ValueKind != JsonValueKind.Object)
        {
            return Unknown;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            return components.TryGetProperty(name, out var target) ? Read(target, components, depth + 1) : Unknown;
        }

        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var options))
            {
                var chosen = options.EnumerateArray().FirstOrDefault(option => !IsNullOnly(option));
                return chosen.ValueKind == JsonValueKind.Undefined ? Unknown : Read(chosen, components, depth + 1);
            }
        }

        var values = schema.TryGetProperty("enum", out var enumeration)
            ? enumeration
                .EnumerateArray()
                .Where(v => v.ValueKind == JsonValueKind.String)
                .Select(v => v.GetString()!)
                .ToList()
            : [];
        var properties = new Dictionary<string, ApiSchema>(StringComparer.Ordinal);
        if (schema.TryGetProperty("properties", out var declared))
        {
            foreach (var property in declared.EnumerateObject())
            {
                properties[property.Name] = Read(property.Value, components, depth + 1);
            }
        }

        var items = schema.TryGetProperty("items", out var itemSchema) ? Read(itemSchema, components, depth + 1) : null;
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var type = TypeOf(schema)
            ?? (
                values.Count > 0 ? "string"
                : properties.Count > 0 ? "object"
                : "unknown"
            );
        return new ApiSchema(type, format, properties, items, values)
        {
            Required = schema.TryGetProperty("required", out var required)
                ? [.. required.EnumerateArray().Select(name => name.GetString()!)]
                : [],
            MaxLength = schema.TryGetProperty("maxLength", out var longest) ? longest.GetInt32() : null,
            Minimum = schema.TryGetProperty("minimum", out var minimum) ? minimum.GetDouble() : null,
            Maximum = schema.TryGetProperty("maximum", out var maximum) ? maximum.GetDouble() : null,
            Pattern = schema.TryGetProperty("pattern", out var pattern) ? pattern.GetString() : null,
        };
    }

    private static bool IsNullOnly(JsonElement option) =>
        option.TryGetProperty("type", out var type)
        && type.ValueKind == JsonValueKind.String
        && type.GetString() == "null";

    private static string? TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return null;
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null")
            : type.GetString();
    }
}
