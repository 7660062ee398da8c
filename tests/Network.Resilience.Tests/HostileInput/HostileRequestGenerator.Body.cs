using System.Text;
using System.Text.Json.Nodes;

namespace Network.Resilience.Tests.HostileInput;

public sealed partial class HostileRequestGenerator
{
    /// <summary>A string far longer than any field of the contract holds, yet small enough for the body
    /// limit.</summary>
    private const int HugeText = 1_000_000;

    private const int DeepNesting = 10_000;

    private static readonly string[] MalformedJson =
    [
        "{",
        "{\"a\":",
        "{'single': 'quotes'}",
        "{\"trailing\": 1,}",
        "[1, 2",
        "nul",
        "\"unterminated",
        "{\"a\":1}{\"b\":2}",
        "{\"a\" 1}",
        "{a: 1}",
        "{\"a\": 01}",
        "{\"a\": NaN}",
        "{\"a\": Infinity}",
        "{\"a\": -}",
        "{\"a\": .5}",
        "{\"a\": \"\\x41\"}",
        "\uFEFF\uFEFF{}",
        "{\"a\": \"tab\tin string\"}",
        "/* comment */ {}",
        "{\"a\": undefined}",
    ];

    /// <summary>
    /// Keys the contract refuses (over 200 characters, or not printable), never a valid one: a rejected answer is
    /// remembered under a valid key for 24 hours, by design, and that record is not what this test looks for.
    /// </summary>
    private static readonly string[] BadIdempotencyKeys =
    [
        new string('k', 201),
        "key\twith-tab",
        "' OR 1=1 --" + new string('x', 200),
    ];

    private static readonly string[] UnknownMembers =
    [
        "unknownField",
        "__proto__",
        "constructor",
        "id",
        "status",
        "ownerId",
        "version",
        "$type",
    ];

    private IEnumerable<HostileRequest> BodyRequests(ApiOperation operation)
    {
        var body = BaseBody(operation)!;
        var path = TargetPath(operation);
        HostileRequest Send(
            string breaks,
            byte[]? bytes,
            IReadOnlyList<Actor> actors,
            string? contentType = "application/json"
        ) => new(operation, operation.Method, path, Next(actors), breaks, bytes, contentType);

        foreach (var malformed in MalformedJson)
        {
            yield return Send("malformed JSON", Encoding.UTF8.GetBytes(malformed), Actors.All);
        }

        yield return Send(
            $"arrays nested {DeepNesting} deep",
            Encoding.UTF8.GetBytes(new string('[', DeepNesting) + new string(']', DeepNesting)),
            Actors.Authenticated
        );
        yield return Send(
            $"objects nested {DeepNesting} deep",
            Encoding.UTF8.GetBytes(
                string.Concat(Enumerable.Repeat("{\"a\":", DeepNesting)) + "1" + new string('}', DeepNesting)
            ),
            Actors.Authenticated
        );
        var firstField = operation.Body!.Properties.Keys.FirstOrDefault() ?? "a";
        yield return Send(
            $"{firstField} nested 200 deep",
            JsonBodies.Bytes(
                JsonBodies.With(body, firstField, JsonBodies.Raw(new string('[', 200) + new string(']', 200)))
            ),
            Actors.Authenticated
        );
        foreach (var root in new[] { "[]", "42", "\"texte\"", "true", "[{}]" })
        {
            yield return Send($"body is {root}, not an object", Encoding.UTF8.GetBytes(root), Actors.Authenticated);
        }

        yield return Send(
            "invalid UTF-8",
            JsonBodies.Bytes(
                JsonBodies.With(body, FirstStringField(operation.Body) ?? "unknownField", JsonBodies.BadUtf8())
            ),
            Actors.Authenticated
        );
        yield return Send(
            "body over the 1 MiB limit",
            Encoding.UTF8.GetBytes($"{{\"{firstField}\":\"{HostileText.OfLength(1_200_000)}\"}}"),
            Actors.Authenticated
        );
        if (operation.BodyRequired)
        {
            yield return Send("no body", null, Actors.Authenticated, contentType: null);
            yield return Send("empty JSON body", [], Actors.Authenticated);
            yield return Send("body is null", Encoding.UTF8.GetBytes("null"), Actors.Authenticated);
            yield return Send("body as text/plain", JsonBodies.Bytes(body), Actors.Authenticated, "text/plain");
            yield return Send(
                "body as XML",
                Encoding.UTF8.GetBytes(
                    "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>"
                ),
                Actors.Authenticated,
                "application/xml"
            );
            yield return Send(
                "body as a form",
                Encoding.UTF8.GetBytes("a=1&b=2"),
                Actors.Authenticated,
                "application/x-www-form-urlencoded"
            );
        }

        foreach (var request in MemberRequests(operation, body, path))
        {
            yield return request;
        }

        foreach (var request in FieldRequests(operation, body, path, operation.Body!, ""))
        {
            yield return request;
        }
    }

    private static string? FirstStringField(ApiSchema schema) =>
        schema
            .Properties.FirstOrDefault(p =>
                p.Value.Type == "string" && p.Value.Format is null && !p.Value.IsEnumeration
            )
            .Key;

    /// <summary>Fields the schema does not have (at every level), and fields given twice.</summary>
    private IEnumerable<HostileRequest> MemberRequests(ApiOperation operation, JsonObject body, string path)
    {
        foreach (var member in UnknownMembers)
        {
            yield return Body(
                    operation,
                    path,
                    $"unknown field {member}",
                    JsonBodies.With(body, member, member == "__proto__" ? new JsonObject { ["admin"] = true } : "x"),
                    pure: false
                )
                .Single();
        }

        foreach (var (name, schema) in operation.Body!.Properties.Where(p => p.Value.IsObject))
        {
            yield return Body(
                    operation,
                    path,
                    $"unknown field {name}.unknownField",
                    JsonBodies.With(body, $"{name}.unknownField", 1),
                    pure: false
                )
                .Single();
        }

        if (body.Count > 0)
        {
            var (first, value) = body.First();
            var text = JsonBodies.Text(body);
            var valueText = value is null ? "null" : JsonBodies.Text(value);
            foreach (var duplicate in new[] { first, first.ToUpperInvariant() })
            {
                var twice = "{" + $"\"{duplicate}\":{valueText}," + text[1..];
                yield return new HostileRequest(
                    operation,
                    operation.Method,
                    path,
                    Next(Actors.Authenticated),
                    $"field {first} given twice ({duplicate})",
                    Encoding.UTF8.GetBytes(twice),
                    "application/json"
                );
            }
        }
    }

    /// <summary>
    /// A body with one field broken. Pure, the rest is valid and every signed-in role sends it, so that it reaches the
    /// validation of whoever may change the resource; otherwise every other text field carries hostile text too.
    /// </summary>
    private IEnumerable<HostileRequest> Body(
        ApiOperation operation,
        string path,
        string breaks,
        JsonObject body,
        bool pure
    )
    {
        if (pure)
        {
            var bytes = JsonBodies.Bytes(body);
            return Actors.Authenticated.Select(actor => new HostileRequest(
                operation,
                operation.Method,
                path,
                actor,
                breaks,
                bytes,
                "application/json"
            ));
        }

        return
        [
            new HostileRequest(
                operation,
                operation.Method,
                path,
                Next(Actors.All),
                breaks + " (and hostile text elsewhere)",
                JsonBodies.Bytes(WithRiders(body, operation.Body!, "", breaks)),
                "application/json",
                operation.Method == "POST"
                    ? new Dictionary<string, string>
                    {
                        ["Idempotency-Key"] = BadIdempotencyKeys[_turn % BadIdempotencyKeys.Length],
                    }
                    : null
            ),
        ];
    }

    /// <summary>Hostile text in every free-text field that is not the one broken.</summary>
    private JsonObject WithRiders(JsonObject body, ApiSchema schema, string prefix, string breaks)
    {
        foreach (var (name, field) in schema.Properties)
        {
            var path = prefix + name;
            if (
                breaks.Contains($" {path} ", StringComparison.Ordinal)
                || breaks.StartsWith(path + " ", StringComparison.Ordinal)
            )
            {
                continue;
            }

            if (field.Type == "string" && field.Format is null && !field.IsEnumeration)
            {
                body = JsonBodies.With(body, path, HostileText.Pick(_turn++));
            }
            else if (field.IsObject && JsonBodies.At(body, path) is JsonObject)
            {
                body = WithRiders(body, field, path + ".", breaks);
            }
        }

        return body;
    }
}
