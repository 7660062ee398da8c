using System.Text.Json.Nodes;

namespace Network.Resilience.Tests.HostileInput;

public sealed partial class HostileRequestGenerator
{
    /// <summary>Values that break a field of the schema, whatever the rest of the body, with what each
    /// breaks.</summary>
    private static IEnumerable<(string What, JsonNode? Value)> BadValues(ApiSchema schema)
    {
        if (schema.IsEnumeration)
        {
            return
            [
                ("unknown code", "inconnu"),
                ("code as a number", 0),
                ("injection as a code", "' OR 1=1 --"),
                ("code with NUL", schema.Values[0] + "\0"),
                ("true as a code", true),
            ];
        }

        return (schema.Type, schema.Format) switch
        {
            ("string", "uuid") =>
            [
                ("not a GUID", "not-a-guid"),
                ("injection as a GUID", "' OR '1'='1"),
                ("number as a GUID", 42),
                ("empty GUID text", ""),
            ],
            ("string", "date-time") =>
            [
                ("not a date", "not-a-date"),
                ("30 February", "2024-02-30T10:00:00Z"),
                ("year 1", "0001-01-01T00:00:00Z"),
                ("year 9999", "9999-12-31T23:59:59Z"),
                ("past the last instant", "9999-12-31T23:59:59-14:00"),
                ("number as a date", 1_700_000_000),
                ("empty date", ""),
            ],
            ("string", "date") =>
            [
                ("month 13", "2024-13-01"),
                ("words as a date", "demain"),
                ("year 1", "0001-01-01"),
                ("year 9999", "9999-12-31"),
                ("number as a date", 20240101),
            ],
            ("string", _) =>
            [
                ("number as text", 42),
                ("true as text", true),
                ("object as text", new JsonObject()),
                ("array as text", new JsonArray()),
                ("1 MB of text", HostileText.OfLength(HugeText)),
                ("lone surrogates", HostileText.LoneSurrogateMarker),
            ],
            ("integer", _) =>
            [
                ("number as text", "12"),
                ("fraction", 1.5),
                ("int32 overflow", 2_147_483_648L),
                ("negative int32 overflow", -2_147_483_649L),
                ("1e400", JsonBodies.Raw("1e400")),
                ("20 digits", JsonBodies.Raw("99999999999999999999")),
                ("negative", -1),
                ("hugely negative", int.MinValue),
            ],
            ("number", _) =>
            [
                ("text as a number", "abc"),
                ("true as a number", true),
                ("1e400", JsonBodies.Raw("1e400")),
                ("1e308", JsonBodies.Raw("1e308")),
                ("-1e308", JsonBodies.Raw("-1e308")),
            ],
            ("boolean", _) => [("text as a boolean", "true"), ("1 as a boolean", 1), ("oui", "oui")],
            ("array", _) => [("object as a list", new JsonObject()), ("text as a list", "x"), ("number as a list", 42)],
            ("object", _) =>
            [
                ("text as an object", "x"),
                ("number as an object", 42),
                ("list as an object", new JsonArray()),
            ],
            _ => [],
        };
    }

    /// <summary>
    /// Each field of the schema broken in turn (a value of the wrong kind, a rule it declares broken), its items and
    /// sub-fields too; the fields it declares required left out or blank; periods inverted.
    /// </summary>
    private IEnumerable<HostileRequest> FieldRequests(
        ApiOperation operation,
        JsonObject body,
        string path,
        ApiSchema schema,
        string prefix
    )
    {
        foreach (var (name, field) in schema.Properties)
        {
            var fieldPath = prefix + name;
            foreach (var (what, value) in BadValues(field))
            {
                var broken = JsonBodies.With(body, fieldPath, value?.DeepClone());
                var breaks = $"{fieldPath} {what}";
                foreach (
                    var request in Body(operation, path, breaks, broken, pure: true)
                        .Concat(what == "1 MB of text" ? [] : Body(operation, path, breaks, broken, pure: false))
                )
                {
                    yield return request;
                }
            }

            foreach (var (what, value) in DeclaredRules.Breaking(field, JsonBodies.At(body, fieldPath)))
            {
                foreach (
                    var request in Body(
                        operation,
                        path,
                        $"{fieldPath} {what}",
                        JsonBodies.With(body, fieldPath, value),
                        pure: true
                    )
                )
                {
                    yield return request;
                }
            }

            if (field.Type == "array" && field.Items is { } items)
            {
                foreach (var (what, value) in BadValues(items).Where(v => v.What != "1 MB of text"))
                {
                    foreach (
                        var request in Body(
                            operation,
                            path,
                            $"{fieldPath} item {what}",
                            JsonBodies.With(body, fieldPath, new JsonArray(value?.DeepClone())),
                            pure: false
                        )
                    )
                    {
                        yield return request;
                    }
                }

                if (items.IsObject)
                {
                    var item = JsonBodies.Synthesize(items, now) as JsonObject ?? [];
                    foreach (
                        var (what, value) in items
                            .Properties.SelectMany(p =>
                                BadValues(p.Value).Take(2).Select(v => (p.Key, v.What, v.Value))
                            )
                            .Select(t => ($"{t.Key} {t.What}", t.Value))
                    )
                    {
                        var brokenItem = JsonBodies.With(item, what.Split(' ')[0], value?.DeepClone());
                        foreach (
                            var request in Body(
                                operation,
                                path,
                                $"{fieldPath}[0].{what}",
                                JsonBodies.With(body, fieldPath, new JsonArray(brokenItem)),
                                pure: true
                            )
                        )
                        {
                            yield return request;
                        }
                    }
                }
            }

            if (field.IsObject)
            {
                var nested =
                    JsonBodies.At(body, fieldPath) is JsonObject
                        ? body
                        : JsonBodies.With(body, fieldPath, JsonBodies.Synthesize(field, now));
                foreach (var request in FieldRequests(operation, nested, path, field, fieldPath + "."))
                {
                    yield return request;
                }
            }
        }

        foreach (var request in RequiredAndPeriodRequests(operation, body, path, schema, prefix))
        {
            yield return request;
        }
    }

    private IEnumerable<HostileRequest> RequiredAndPeriodRequests(
        ApiOperation operation,
        JsonObject body,
        string path,
        ApiSchema schema,
        string prefix
    )
    {
        var variants = new List<(string Breaks, JsonObject Body, bool Pure)>();
        if (operation.BodyRequired)
        {
            foreach (var name in schema.Required)
            {
                var field = prefix + name;
                variants.Add(($"{field} missing", JsonBodies.Without(body, field), true));
                variants.Add(($"{field} missing", JsonBodies.Without(body, field), false));
                variants.Add(($"{field} null", JsonBodies.With(body, field, null), true));
                if (schema.Properties.TryGetValue(name, out var fieldSchema) && fieldSchema.Type == "string")
                {
                    variants.Add(($"{field} empty", JsonBodies.With(body, field, ""), true));
                    variants.Add(($"{field} blank", JsonBodies.With(body, field, " \t\u00A0\u3000 "), true));
                }
            }
        }

        foreach (var (start, end) in ContractKnowledge.Periods)
        {
            if (
                JsonBodies.At(body, prefix + start) is JsonValue first
                && JsonBodies.At(body, prefix + end) is JsonValue last
            )
            {
                var inverted = JsonBodies.With(
                    JsonBodies.With(body, prefix + start, last.DeepClone()),
                    prefix + end,
                    first.DeepClone()
                );
                variants.Add(($"{prefix}{end} before {prefix}{start}", inverted, true));
                variants.Add(($"{prefix}{end} before {prefix}{start}", inverted, false));
            }
        }

        return variants.SelectMany(variant => Body(operation, path, variant.Breaks, variant.Body, variant.Pure));
    }
}
