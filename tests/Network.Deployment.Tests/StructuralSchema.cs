using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Network.Deployment.Tests;

/// <summary>
/// A custom resource checked against its CRD's <c>openAPIV3Schema</c> as the API server checks it: types, required
/// fields, enumerations, bounds, patterns, and no unknown field where the schema does not preserve them (the API
/// server would drop such a field silently, or refuse it under strict field validation). The CEL rules
/// (<c>x-kubernetes-validations</c>) are not evaluated.
/// </summary>
public static class StructuralSchema
{
    /// <summary>The schema of each kind (<c>group/version/kind</c>) of the CRDs under
    /// <c>infra/kubernetes/crds</c>.</summary>
    public static IReadOnlyDictionary<string, JsonObject> Load(string folder)
    {
        var schemas = new Dictionary<string, JsonObject>();
        foreach (
            var file in Directory
                .EnumerateFiles(folder, "*.y*ml", SearchOption.AllDirectories)
                .Where(file =>
                    file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal)
                )
        )
        {
            var crd = Manifests.Load(Path.GetFileName(file), File.ReadAllText(file)).Documents.Single();
            var group = (string)crd["spec"]!["group"]!;
            var kind = (string)crd["spec"]!["names"]!["kind"]!;
            foreach (var version in crd["spec"]!["versions"]!.AsArray())
            {
                schemas[$"{group}/{(string)version!["name"]!}/{kind}"] = version["schema"]![
                    "openAPIV3Schema"
                ]!.AsObject();
            }
        }

        return schemas;
    }

    /// <summary>What is wrong with <paramref name="value"/>, one line each; empty when it is valid.</summary>
    public static List<string> Validate(JsonObject schema, JsonNode? value)
    {
        var errors = new List<string>();
        Check(schema, value, "", errors, root: true);
        return errors;
    }

    private static void Check(JsonObject schema, JsonNode? value, string path, List<string> errors, bool root = false)
    {
        if (value is null)
        {
            if (schema["nullable"]?.GetValue<bool>() != true)
            {
                errors.Add($"{path}: null where the schema does not allow it");
            }

            return;
        }

        foreach (var combinator in new[] { "allOf", "anyOf", "oneOf" })
        {
            if (schema[combinator] is JsonArray branches)
            {
                var failures = branches.Select(branch => Validate(branch!.AsObject(), value)).ToList();
                var passed = failures.Count(failure => failure.Count == 0);
                var ok = combinator switch
                {
                    "allOf" => passed == branches.Count,
                    "anyOf" => passed > 0,
                    _ => passed == 1,
                };
                if (!ok)
                {
                    errors.Add($"{path}: fails {combinator}: {string.Join("; ", failures.SelectMany(f => f))}");
                }
            }
        }

        if (schema["not"] is JsonObject not && Validate(not, value).Count == 0)
        {
            errors.Add($"{path}: matches a schema it must not");
        }

        var intOrString = schema["x-kubernetes-int-or-string"]?.GetValue<bool>() == true;
        var type = (string?)schema["type"];
        var kind = value.GetValueKind();
        if (intOrString)
        {
            if (kind is not (JsonValueKind.Number or JsonValueKind.String))
            {
                errors.Add($"{path}: an integer or a string expected");
            }
        }
        else if (type is not null && !Matches(type, value, kind))
        {
            errors.Add($"{path}: {type} expected, {kind} found");
            return;
        }

        if (schema["enum"] is JsonArray allowed && !allowed.Any(option => JsonNode.DeepEquals(option, value)))
        {
            errors.Add($"{path}: {value.ToJsonString()} is not one of {allowed.ToJsonString()}");
        }

        switch (value)
        {
            case JsonObject obj:
                CheckObject(schema, obj, path, errors, root);
                break;
            case JsonArray array:
                CheckArray(schema, array, path, errors);
                break;
            default:
                CheckScalar(schema, value, kind, path, errors);
                break;
        }
    }

    private static bool Matches(string type, JsonNode value, JsonValueKind kind) =>
        type switch
        {
            "object" => value is JsonObject,
            "array" => value is JsonArray,
            "string" => kind == JsonValueKind.String,
            "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
            "integer" => kind == JsonValueKind.Number && Number(value) % 1 == 0,
            "number" => kind == JsonValueKind.Number,
            _ => true,
        };

    private static void CheckObject(JsonObject schema, JsonObject value, string path, List<string> errors, bool root)
    {
        foreach (var required in schema["required"]?.AsArray() ?? [])
        {
            if (!value.ContainsKey((string)required!))
            {
                errors.Add($"{path}: the required field {(string)required!} is missing");
            }
        }

        var properties = schema["properties"]?.AsObject();
        var additional = schema["additionalProperties"];
        var preserve = schema["x-kubernetes-preserve-unknown-fields"]?.GetValue<bool>() == true;
        var embedded = schema["x-kubernetes-embedded-resource"]?.GetValue<bool>() == true;
        foreach (var (name, child) in value)
        {
            var childPath = $"{path}.{name}";
            if ((root || embedded) && name == "metadata")
            {
                // The API server checks an object's metadata itself, whatever the CRD says of it.
                continue;
            }

            if (properties?[name] is JsonObject property)
            {
                Check(property, child, childPath, errors);
            }
            else if (additional is JsonObject additionalSchema)
            {
                Check(additionalSchema, child, childPath, errors);
            }
            else if (
                !preserve
                && additional?.GetValue<bool>() != true
                // apiVersion, kind and metadata of the resource itself (or of an embedded one) are the API server's.
                && !((root || embedded) && name is "apiVersion" or "kind" or "metadata")
            )
            {
                errors.Add($"{childPath}: unknown field");
            }
        }

        Bounds(schema, value.Count, "minProperties", "maxProperties", path, errors);
    }

    private static void CheckArray(JsonObject schema, JsonArray value, string path, List<string> errors)
    {
        if (schema["items"] is JsonObject items)
        {
            for (var index = 0; index < value.Count; index++)
            {
                Check(items, value[index], $"{path}[{index}]", errors);
            }
        }

        Bounds(schema, value.Count, "minItems", "maxItems", path, errors);
    }

    private static void CheckScalar(
        JsonObject schema,
        JsonNode value,
        JsonValueKind kind,
        string path,
        List<string> errors
    )
    {
        if (kind == JsonValueKind.String)
        {
            var text = value.GetValue<string>();
            Bounds(schema, text.Length, "minLength", "maxLength", path, errors);
            if ((string?)schema["pattern"] is { } pattern && !Regex.IsMatch(text, pattern))
            {
                errors.Add($"{path}: \"{text}\" does not match {pattern}");
            }
        }
        else if (kind == JsonValueKind.Number)
        {
            var number = Number(value);
            if (schema["minimum"] is JsonNode minimum && number < Number(minimum))
            {
                errors.Add($"{path}: {number} is below {minimum}");
            }

            if (schema["maximum"] is JsonNode maximum && number > Number(maximum))
            {
                errors.Add($"{path}: {number} is above {maximum}");
            }
        }
    }

    private static double Number(JsonNode value) =>
        double.Parse(value.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);

    private static void Bounds(
        JsonObject schema,
        int count,
        string least,
        string most,
        string path,
        List<string> errors
    )
    {
        if (schema[least] is JsonNode min && count < Number(min))
        {
            errors.Add($"{path}: {count} is fewer than {least} {min}");
        }

        if (schema[most] is JsonNode max && count > Number(max))
        {
            errors.Add($"{path}: {count} is more than {most} {max}");
        }
    }
}
