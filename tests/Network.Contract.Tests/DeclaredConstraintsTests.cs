using System.Text.Json;

namespace Network.Contract.Tests;

/// <summary>
/// The rules of the request fields that the contract names are declared in the committed documents, where clients and
/// the hostile-input tests read them: a field required, its longest text, its bounds. Removing the attribute that
/// declares one fails here once the documents are written again.
/// </summary>
public sealed class DeclaredConstraintsTests
{
    public static TheoryData<string, string, string, bool, int?> TextFields =>
        new()
        {
            { "partners", "PartnerProfileRequest", "name", true, 200 },
            { "partners", "PartnerProfileRequest", "address.street", true, 200 },
            { "partners", "PartnerProfileRequest", "address.commune", true, 100 },
            { "partners", "PartnerProfileRequest", "description", false, 4000 },
            { "events", "EventRequest", "title", true, 200 },
            { "events", "EventRequest", "location.name", true, 200 },
            { "events", "RegistrationBody", "firstName", true, 100 },
            { "referrals", "ReferralRequest", "resident.firstName", true, 100 },
            { "referrals", "ReferralRequest", "resident.lastName", true, 100 },
            { "referrals", "ReferralRequest", "note", false, 2000 },
            { "referrals", "CommentRequest", "text", true, 2000 },
            { "equipment", "ItemRequest", "name", true, 200 },
            { "equipment", "ReservationRequest", "purpose", true, 1000 },
        };

    public static TheoryData<string, string, string, double, double> Bounds =>
        new()
        {
            { "partners", "PartnerProfileRequest", "address.latitude", -90, 90 },
            { "events", "RegistrationBody", "seats", 1, 10 },
            { "events", "EventRequest", "capacity", 1, 10_000 },
            { "equipment", "ItemRequest", "loanRules.maxDays", 1, 365 },
        };

    [Theory]
    [MemberData(nameof(TextFields))]
    public void A_text_field_of_the_contract_declares_whether_it_is_required_and_its_longest_text(
        string service,
        string schema,
        string path,
        bool required,
        int? maxLength
    )
    {
        var (parent, name, field) = Field(service, schema, path);

        Assert.Equal(
            required,
            parent.TryGetProperty("required", out var names) && names.EnumerateArray().Any(n => n.GetString() == name)
        );
        Assert.Equal(maxLength, field.TryGetProperty("maxLength", out var longest) ? longest.GetInt32() : null);
        Assert.True(
            field.TryGetProperty("pattern", out _),
            $"{schema}.{path} declares no pattern: which control characters it refuses is the contract's"
        );
    }

    [Theory]
    [MemberData(nameof(Bounds))]
    public void A_number_of_the_contract_declares_its_bounds(
        string service,
        string schema,
        string path,
        double minimum,
        double maximum
    )
    {
        var (_, _, field) = Field(service, schema, path);

        Assert.Equal(minimum, field.GetProperty("minimum").GetDouble());
        Assert.Equal(maximum, field.GetProperty("maximum").GetDouble());
    }

    [Theory]
    [MemberData(nameof(OpenApiDocuments.Services), MemberType = typeof(OpenApiDocuments))]
    public void Every_enumeration_travels_as_kebab_case_codes(string service)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(OpenApiDocuments.CommittedPath(service)));
        var codes = document
            .RootElement.GetProperty("components")
            .GetProperty("schemas")
            .EnumerateObject()
            .Where(schema => schema.Value.TryGetProperty("enum", out _))
            .SelectMany(schema =>
                schema
                    .Value.GetProperty("enum")
                    .EnumerateArray()
                    .Where(code => code.ValueKind != JsonValueKind.Null)
                    .Select(code =>
                        (
                            schema.Name,
                            Code: code.ValueKind == JsonValueKind.String ? code.GetString()! : code.GetRawText()
                        )
                    )
            )
            .ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", code.Code));
    }

    /// <summary>The schema of the field at <paramref name="path"/> of <paramref name="schema"/>, the object schema that
    /// holds it, and its name there.</summary>
    private static (JsonElement Parent, string Name, JsonElement Field) Field(
        string service,
        string schema,
        string path
    )
    {
        var schemas = JsonDocument
            .Parse(File.ReadAllText(OpenApiDocuments.CommittedPath(service)))
            .RootElement.GetProperty("components")
            .GetProperty("schemas");
        var parent = schemas.GetProperty(schema);
        var names = path.Split('.');
        foreach (var name in names[..^1])
        {
            parent = Resolve(schemas, parent.GetProperty("properties").GetProperty(name));
        }

        return (parent, names[^1], parent.GetProperty("properties").GetProperty(names[^1]));
    }

    /// <summary>A nullable object is <c>oneOf: [null, $ref]</c>: the referenced schema.</summary>
    private static JsonElement Resolve(JsonElement schemas, JsonElement property)
    {
        var reference = property.TryGetProperty("oneOf", out var options)
            ? options.EnumerateArray().Single(option => option.TryGetProperty("$ref", out _)).GetProperty("$ref")
            : property.GetProperty("$ref");
        return schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
    }
}
