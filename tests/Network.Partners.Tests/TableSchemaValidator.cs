using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Network.Partners.Tests;

/// <summary>
/// Checks a CSV against a Frictionless Table Schema file, reading the rules from the file itself: the
/// header is the fields in order; required fields are present; patterns (anchored, as the specification
/// says), maximum lengths, numbers and dates hold.
/// </summary>
internal sealed class TableSchemaValidator
{
    private readonly List<JsonElement> _fields;

    public TableSchemaValidator(string schemaPath)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(schemaPath));
        _fields = [.. schema.RootElement.GetProperty("fields").EnumerateArray().Select(field => field.Clone())];
    }

    public IReadOnlyList<string> FieldNames =>
        [.. _fields.Select(definition => definition.GetProperty("name").GetString()!)];

    /// <summary>Every violation, one line each; empty when the CSV is valid.</summary>
    public List<string> Validate(string csv)
    {
        var rows = Csv.Parse(csv);
        var errors = new List<string>();
        if (!rows[0].SequenceEqual(FieldNames))
        {
            errors.Add($"header: {string.Join(',', rows[0])}");
        }

        foreach (var (row, line) in rows.Skip(1).Select((row, index) => (row, index + 2)))
        {
            if (row.Count != _fields.Count)
            {
                errors.Add($"line {line}: {row.Count} cells for {_fields.Count} fields");
                continue;
            }

            errors.AddRange(
                _fields
                    .Select((field, index) => Check(field, row[index]))
                    .OfType<string>()
                    .Select(error => $"line {line}: {error}")
            );
        }

        return errors;
    }

    private static string? Check(JsonElement field, string value)
    {
        var name = field.GetProperty("name").GetString();
        var constraints = field.TryGetProperty("constraints", out var found) ? found : default;
        bool Has(string key, out JsonElement element)
        {
            element = default;
            return constraints.ValueKind == JsonValueKind.Object && constraints.TryGetProperty(key, out element);
        }

        if (value.Length == 0)
        {
            return Has("required", out var required) && required.GetBoolean() ? $"{name} is required" : null;
        }

        if (
            Has("pattern", out var pattern)
            && !Regex.IsMatch(value, $"^(?:{pattern.GetString()})$", RegexOptions.None, TimeSpan.FromSeconds(1))
        )
        {
            return $"{name} '{value}' does not match its pattern";
        }

        if (Has("maxLength", out var maxLength) && value.Length > maxLength.GetInt32())
        {
            return $"{name} is longer than {maxLength.GetInt32()}";
        }

        return field.GetProperty("type").GetString() switch
        {
            "number" when !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) =>
                $"{name} '{value}' is not a number",
            "date"
                when !DateOnly.TryParseExact(
                    value,
                    "yyyy-MM-dd",
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.None,
                    out _
                ) => $"{name} '{value}' is not a date",
            _ => null,
        };
    }

    /// <summary>RFC 4180, as the standard's files are written.</summary>
    private static class Csv
    {
        public static List<List<string>> Parse(string text)
        {
            var rows = new List<List<string>>();
            var row = new List<string>();
            var cell = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        cell.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    row.Add(cell.ToString());
                    cell.Clear();
                }
                else if (c == '\n')
                {
                    row.Add(cell.ToString().TrimEnd('\r'));
                    cell.Clear();
                    rows.Add(row);
                    row = [];
                }
                else
                {
                    cell.Append(c);
                }
            }

            if (cell.Length > 0 || row.Count > 0)
            {
                row.Add(cell.ToString());
                rows.Add(row);
            }

            return rows;
        }
    }
}
