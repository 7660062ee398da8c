using System.Text.Json;
using Network.ServiceDefaults.Problems;

namespace Network.Equipment.Api;

/// <summary>The kebab-case codes of enumerations, read and written exactly as the JSON of the contract does.</summary>
internal static class KebabCodes
{
    private static readonly JsonSerializerOptions Json = JsonDefaults.Apply(new JsonSerializerOptions());

    public static bool TryParse<TEnum>(string? code, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        try
        {
            value = JsonSerializer.Deserialize<TEnum>(JsonSerializer.Serialize(code.Trim()), Json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The kebab-case code of an enumeration value, as the API writes it.</summary>
    public static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonSerializer.Serialize(value, Json).Trim('"');
}
