using System.Text;
using System.Text.Json;

namespace Network.Resilience.Tests.PersonalData;

/// <summary>A resident's identifier found where it must not be.</summary>
public sealed record Finding(string Source, IdentifierKind Kind, string What, string Excerpt)
{
    public override string ToString() => $"{Source}: {What} in « {Excerpt} »";
}

/// <summary>Looks for the residents' identifiers in texts: log lines, message bodies, API responses.</summary>
public sealed class LeakScanner(IReadOnlyList<Resident> residents)
{
    private const int ExcerptRadius = 80;

    private readonly IReadOnlyList<Identifier> _identifiers =
    [
        .. residents.SelectMany(resident => resident.Identifiers()),
    ];

    /// <summary>Every identifier of every resident in <paramref name="text"/>, except the kinds
    /// <paramref name="allowed"/>.</summary>
    public IEnumerable<Finding> Scan(string source, string text, IReadOnlySet<IdentifierKind>? allowed = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var searched = Searchable(text);
        foreach (var identifier in _identifiers.Where(i => allowed is null || !allowed.Contains(i.Kind)))
        {
            var match = identifier.Pattern.Match(searched);
            if (match.Success)
            {
                yield return new Finding(
                    source,
                    identifier.Kind,
                    $"{identifier.Kind} of {identifier.Resident.FullName}",
                    Excerpt(searched, match.Index, match.Length)
                );
            }
        }

        foreach (var field in BirthFields(text))
        {
            yield return new Finding(source, IdentifierKind.BirthYear, "a birth field", field);
        }
    }

    /// <summary>The text, and for JSON every string and property name decoded too (an escaped accent hides
    /// nothing).</summary>
    private static string Searchable(string text)
    {
        var decoded = new StringBuilder(text);
        foreach (var value in JsonStrings(text))
        {
            decoded.Append('\n').Append(value);
        }

        return decoded.ToString();
    }

    /// <summary>A property about birth (<c>birthYear</c>, <c>birth_year</c>, <c>dateOfBirth</c>…) holding a value, at
    /// any depth of a JSON text.</summary>
    private static IEnumerable<string> BirthFields(string text)
    {
        var document = TryParse(text);
        if (document is null)
        {
            return [];
        }

        using (document)
        {
            return
            [
                .. Properties(document.RootElement)
                    .Where(p =>
                        (
                            p.Name.Contains("birth", StringComparison.OrdinalIgnoreCase)
                            || p.Name.Contains("naissance", StringComparison.OrdinalIgnoreCase)
                        ) && p.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
                    )
                    .Select(p => $"\"{p.Name}\": {p.Value.GetRawText()}"),
            ];
        }
    }

    private static IEnumerable<string> JsonStrings(string text)
    {
        var document = TryParse(text);
        if (document is null)
        {
            return [];
        }

        using (document)
        {
            return [.. Strings(document.RootElement)];
        }
    }

    private static IEnumerable<string> Strings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return element.GetString() ?? "";
                break;
            case JsonValueKind.Array:
                foreach (var value in element.EnumerateArray().SelectMany(Strings))
                {
                    yield return value;
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    yield return property.Name;
                    foreach (var value in Strings(property.Value))
                    {
                        yield return value;
                    }
                }

                break;
            default:
                break;
        }
    }

    private static IEnumerable<JsonProperty> Properties(JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Properties(p.Value).Prepend(p)),
            JsonValueKind.Array => element.EnumerateArray().SelectMany(Properties),
            _ => [],
        };

    private static JsonDocument? TryParse(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.IsEmpty || (trimmed[0] != '{' && trimmed[0] != '['))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Excerpt(string text, int index, int length)
    {
        var start = Math.Max(0, index - ExcerptRadius);
        var end = Math.Min(text.Length, index + length + ExcerptRadius);
        return text[start..end].ReplaceLineEndings(" ");
    }
}
