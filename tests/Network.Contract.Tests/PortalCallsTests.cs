using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Network.Portal.Api;

namespace Network.Contract.Tests;

/// <summary>
/// The portal's calls to the API, checked against the committed documents: each path and method exists, each query
/// parameter the portal sends is declared, each field of the request bodies it sends is in the request's schema, and
/// each field it reads from an answer is in the answer's schema. A change of contract fails here, not on a page.
/// </summary>
public sealed class PortalCallsTests
{
    private static readonly Guid Id = Guid.CreateVersion7();

    public static TheoryData<string, string, string, Type> Answers =>
        new()
        {
            { "partners", "get", "/api/partners", typeof(ResultPage<Structure>) },
            { "partners", "get", "/api/partners/{id}", typeof(Structure) },
            { "partners", "get", "/api/partners/taxonomy", typeof(Taxonomy) },
            { "events", "get", "/api/events", typeof(ResultPage<Workshop>) },
            { "events", "get", "/api/events/{id}", typeof(Workshop) },
            { "events", "get", "/api/events/categories", typeof(List<CodeLabel>) },
            { "events", "post", "/api/events/{id}/registrations", typeof(RegistrationAnswer) },
        };

    [Theory]
    [MemberData(nameof(Answers))]
    public void Every_field_the_portal_reads_is_in_the_answer_the_contract_describes(
        string service,
        string method,
        string path,
        Type model
    )
    {
        var document = Document(service);
        var responses = Operation(document, method, path)["responses"]!.AsObject();
        var answer = responses
            .Where(r => r.Key.StartsWith('2'))
            .Select(r => r.Value?["content"]?["application/json"]?["schema"])
            .FirstOrDefault(s => s is not null);
        Assert.True(
            answer is not null,
            $"{method.ToUpperInvariant()} {path} describes no JSON answer: the portal reads one."
        );

        var missing = new List<string>();
        Compare(document, answer!, model, model.Name, missing);

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Every_query_parameter_the_portal_sends_is_declared()
    {
        var workshops = new WorkshopQuery(
            "café",
            "Nice",
            "cafe-ia",
            "seniors",
            Id.ToString(),
            DateTimeOffset.UtcNow,
            DateTimeOffset.UtcNow.AddDays(7),
            2,
            10
        );
        var structures = new StructureQuery(
            "moulins",
            "Nice",
            "centre-social",
            "aide-demarches",
            "seniors",
            43.7,
            7.26,
            2,
            10
        );
        var missing = Undeclared("events", "/api/events", workshops.ToQueryString())
            .Concat(Undeclared("partners", "/api/partners", structures.ToQueryString()))
            .ToList();

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Every_field_of_the_registration_the_portal_sends_is_in_the_request_schema()
    {
        var document = Document("events");
        var schema = Resolve(
            document,
            Operation(document, "post", "/api/events/{id}/registrations")["requestBody"]!["content"]![
                "application/json"
            ]!["schema"]!
        );
        var form = new RegistrationForm
        {
            FirstName = "Awa",
            LastName = "Diallo",
            Email = "awa@example.org",
            Phone = "0612345678",
            Seats = 1,
        };
        var sent = JsonSerializer.SerializeToNode(form.ToBody())!.AsObject().Select(field => field.Key);

        var declared = Properties(document, schema);
        Assert.All(sent, field =>
            Assert.True(declared?.ContainsKey(field) == true, $"{field}: sent by the portal, absent from the contract")
        );
    }

    private static IEnumerable<string> Undeclared(string service, string path, string query)
    {
        var declared = Operation(Document(service), "get", path)["parameters"]!
            .AsArray()
            .Where(p => p!["in"]!.GetValue<string>() == "query")
            .Select(p => p!["name"]!.GetValue<string>())
            .ToHashSet(StringComparer.Ordinal);
        return query
            .TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=')[0])
            .Where(name => !declared.Contains(name))
            .Select(name => $"GET {path}?{name}= is not declared");
    }

    /// <summary>Each property of <paramref name="model"/> must be in <paramref name="schema"/>, with the same
    /// shape.</summary>
    private static void Compare(JsonObject document, JsonNode schema, Type model, string at, List<string> missing)
    {
        schema = Resolve(document, schema);
        if (Element(model) is { } item)
        {
            if (schema["items"] is not { } items)
            {
                missing.Add($"{at}: the portal reads a list, the contract does not describe one");
                return;
            }

            Compare(document, items, item, $"{at}[]", missing);
            return;
        }

        if (model.Namespace != typeof(Workshop).Namespace)
        {
            return;
        }

        var properties = Properties(document, schema);
        foreach (
            var property in model
                .GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite || IsPositional(model, p))
        )
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (properties?[name] is not { } field)
            {
                missing.Add($"{at}.{name}: read by the portal, absent from the contract");
                continue;
            }

            Compare(
                document,
                field,
                Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType,
                $"{at}.{name}",
                missing
            );
        }
    }

    private static bool IsPositional(Type model, PropertyInfo property) =>
        model.GetConstructors().Any(c => c.GetParameters().Any(p => p.Name == property.Name));

    private static Type? Element(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces()
            .Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];

    private static JsonObject? Properties(JsonObject document, JsonNode schema)
    {
        schema = Resolve(document, schema);
        if (schema["properties"] is JsonObject properties)
        {
            return properties;
        }

        // A nullable object is written as a choice between the object and null.
        foreach (var key in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (
                schema[key] is JsonArray choices
                && choices.Select(c => Properties(document, c!)).FirstOrDefault(p => p is not null) is { } found
            )
            {
                return found;
            }
        }

        return null;
    }

    private static JsonNode Resolve(JsonObject document, JsonNode schema)
    {
        while (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            schema = document["components"]!["schemas"]![reference["#/components/schemas/".Length..]]!;
        }

        foreach (var key in new[] { "oneOf", "anyOf" })
        {
            if (
                schema[key] is JsonArray choices
                && choices.FirstOrDefault(c => c!["type"]?.ToString() != "null") is { } chosen
                && choices.Count <= 2
            )
            {
                return Resolve(document, chosen);
            }
        }

        return schema;
    }

    private static JsonObject Operation(JsonObject document, string method, string path)
    {
        var operation = document["paths"]?[path]?[method];
        Assert.True(
            operation is not null,
            $"{method.ToUpperInvariant()} {path}, which the portal calls, is not in the contract."
        );
        return operation!.AsObject();
    }

    private static JsonObject Document(string service) =>
        JsonNode.Parse(File.ReadAllText(OpenApiDocuments.CommittedPath(service)))!.AsObject();
}
