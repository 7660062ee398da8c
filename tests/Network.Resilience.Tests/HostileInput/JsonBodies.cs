using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Network.Resilience.Tests.HostileInput;

/// <summary>Bodies built from a schema and edited at a field path (<c>location.name</c>), with raw JSON spliced in
/// where a JSON tree cannot hold it.</summary>
public static partial class JsonBodies
{
    private const string RawPrefix = "@@raw:";
    private const string BadUtf8Marker = "@@bad-utf8@@";

    private static readonly JsonSerializerOptions Writing = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A string that stands, in the tree, for raw JSON text (a number no double holds, for
    /// instance).</summary>
    public static JsonNode Raw(string json) => JsonValue.Create(RawPrefix + json + "@@")!;

    /// <summary>A string whose UTF-8 bytes are invalid.</summary>
    public static JsonNode BadUtf8() => JsonValue.Create(BadUtf8Marker)!;

    public static JsonNode? Synthesize(ApiSchema schema, DateTimeOffset now, int depth = 0)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (schema.IsEnumeration)
        {
            return schema.Values[0];
        }

        return schema.Type switch
        {
            "object" when depth < 6 => new JsonObject(
                schema.Properties.Select(p => KeyValuePair.Create(p.Key, Synthesize(p.Value, now, depth + 1)))
            ),
            "array" => new JsonArray(),
            "integer" => 1,
            "number" => 1.5,
            "boolean" => false,
            "string" => schema.Format switch
            {
                "date-time" => ContractKnowledge.Instant(now.AddDays(5)),
                "date" => now.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                "uuid" => Guid.CreateVersion7().ToString(),
                _ => "Texte",
            },
            _ => null,
        };
    }

    /// <summary>Sets the field at <paramref name="path"/>, creating the objects on the way.</summary>
    public static JsonObject With(JsonObject body, string path, JsonNode? value)
    {
        var (copy, parent, name) = Walk(body, path, create: true);
        parent![name] = value;
        return copy;
    }

    public static JsonObject Without(JsonObject body, string path)
    {
        var (copy, parent, name) = Walk(body, path, create: false);
        parent?.Remove(name);
        return copy;
    }

    public static JsonNode? At(JsonObject body, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        JsonNode? node = body;
        foreach (var name in path.Split('.'))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(name, out var child) ? child : null;
        }

        return node;
    }

    public static string Text(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var text = node.ToJsonString(Writing);
        text = RawValue().Replace(text, match => Unescape(match.Groups[1].Value));
        return text.Replace(
            $"\"{HostileText.LoneSurrogateMarker}\"",
            "\"\\ud800 lone \\udfff\"",
            StringComparison.Ordinal
        );
    }

    public static byte[] Bytes(JsonNode node)
    {
        var text = Text(node);
        var bytes = Encoding.UTF8.GetBytes(text);
        var marker = Encoding.UTF8.GetBytes(BadUtf8Marker);
        var at = bytes.AsSpan().IndexOf(marker);
        return at < 0 ? bytes : [.. bytes[..at], 0x61, 0xC3, 0x28, 0xFF, 0xFE, 0x62, .. bytes[(at + marker.Length)..]];
    }

    private static string Unescape(string escaped) => JsonSerializer.Deserialize<string>($"\"{escaped}\"")!;

    [GeneratedRegex("\"@@raw:((?:[^\"\\\\]|\\\\.)*?)@@\"")]
    private static partial Regex RawValue();

    /// <summary>
    /// A copy of <paramref name="body"/>, the object in it that holds the last name of <paramref name="path"/> (created
    /// on the way when <paramref name="create"/>, else null when missing), and that name.
    /// </summary>
    private static (JsonObject Copy, JsonObject? Parent, string Name) Walk(JsonObject body, string path, bool create)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(path);
        var copy = (JsonObject)body.DeepClone();
        var names = path.Split('.');
        var parent = copy;
        foreach (var name in names[..^1])
        {
            if (parent[name] is not JsonObject child)
            {
                if (!create)
                {
                    return (copy, null, names[^1]);
                }

                child = new JsonObject();
                parent[name] = child;
            }

            parent = child;
        }

        return (copy, parent, names[^1]);
    }
}
