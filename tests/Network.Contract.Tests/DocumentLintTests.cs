using System.Text.Json;

namespace Network.Contract.Tests;

/// <summary>
/// What a client needs from every committed document: each operation says what it does and which client errors it can
/// answer, and each field of each schema says what it holds.
/// </summary>
public sealed class DocumentLintTests
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Theory]
    [MemberData(nameof(OpenApiDocuments.Services), MemberType = typeof(OpenApiDocuments))]
    public void Every_operation_has_a_summary_and_declares_its_client_errors(string service)
    {
        using var document = Read(service);
        var root = document.RootElement;
        var findings = new List<string>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(entry => Methods.Contains(entry.Name)))
            {
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                var responses = operation.Value.TryGetProperty("responses", out var declared)
                    ? declared.EnumerateObject().Select(response => response.Name).ToHashSet()
                    : [];
                var parameters = operation.Value.TryGetProperty("parameters", out var list)
                    ? list.EnumerateArray().Select(parameter => parameter.GetProperty("in").GetString()).ToList()
                    : [];

                if (
                    !operation.Value.TryGetProperty("summary", out var summary)
                    || string.IsNullOrWhiteSpace(summary.GetString())
                )
                {
                    findings.Add($"{name}: no summary");
                }

                var expected = new List<(bool Applies, string Status, string Why)>
                {
                    (
                        operation.Value.TryGetProperty("requestBody", out _) || parameters.Contains("query"),
                        "400",
                        "it takes a body or a query"
                    ),
                    (IsAuthorised(root, operation.Value), "401", "it needs a token"),
                    (IsAuthorised(root, operation.Value), "403", "it needs a token"),
                    (parameters.Contains("path"), "404", "its path names a resource"),
                };
                findings.AddRange(
                    expected
                        .Where(rule => rule.Applies && !responses.Contains(rule.Status))
                        .Select(rule => $"{name}: no {rule.Status} response, though {rule.Why}")
                );
            }
        }

        Assert.True(
            findings.Count == 0,
            $"docs/openapi/{service}.json:{Environment.NewLine}{string.Join(Environment.NewLine, findings)}"
        );
    }

    [Theory]
    [MemberData(nameof(OpenApiDocuments.Services), MemberType = typeof(OpenApiDocuments))]
    public void Every_property_of_every_schema_has_a_description(string service)
    {
        using var document = Read(service);
        var findings = new List<string>();
        if (
            document.RootElement.TryGetProperty("components", out var components)
            && components.TryGetProperty("schemas", out var schemas)
        )
        {
            foreach (var schema in schemas.EnumerateObject())
            {
                FindUndescribed(schema.Name, schema.Value, findings);
            }
        }

        Assert.True(
            findings.Count == 0,
            $"docs/openapi/{service}.json, properties without a description:{Environment.NewLine}"
                + string.Join(Environment.NewLine, findings)
        );
    }

    private static JsonDocument Read(string service) =>
        JsonDocument.Parse(File.ReadAllText(OpenApiDocuments.CommittedPath(service)));

    /// <summary>An operation needs a token unless its security (or the document's) accepts an empty
    /// requirement.</summary>
    private static bool IsAuthorised(JsonElement root, JsonElement operation)
    {
        var security =
            operation.TryGetProperty("security", out var own) ? own
            : root.TryGetProperty("security", out var shared) ? shared
            : default;
        return security.ValueKind == JsonValueKind.Array
            && security.GetArrayLength() > 0
            && security.EnumerateArray().All(requirement => requirement.EnumerateObject().Any());
    }

    private static void FindUndescribed(string at, JsonElement schema, List<string> findings)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                if (
                    !property.Value.TryGetProperty("description", out var description)
                    || string.IsNullOrWhiteSpace(description.GetString())
                )
                {
                    findings.Add($"{at}.{property.Name}");
                }

                FindUndescribed($"{at}.{property.Name}", property.Value, findings);
            }
        }

        foreach (var nested in new[] { "items", "additionalProperties" })
        {
            if (schema.TryGetProperty(nested, out var inner))
            {
                FindUndescribed(at, inner, findings);
            }
        }

        foreach (var composition in new[] { "allOf", "anyOf", "oneOf" })
        {
            if (schema.TryGetProperty(composition, out var parts))
            {
                foreach (var part in parts.EnumerateArray())
                {
                    FindUndescribed(at, part, findings);
                }
            }
        }
    }
}
