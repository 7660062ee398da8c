using System.Text.Json;
using System.Text.RegularExpressions;

namespace Network.ServiceDefaults.Problems;

/// <summary>
/// What was wrong with a JSON body, in French and in the contract's words: the serializer's own message names the
/// service's internal types, which are no business of a client's.
/// </summary>
internal static partial class JsonErrorText
{
    public static string Describe(JsonException json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var message = json.Message;
        if (message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return "Ce champ n'existe pas.";
        }

        if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return "Ce champ est donné plusieurs fois.";
        }

        if (message.Contains("null", StringComparison.Ordinal) && message.Contains("allow", StringComparison.Ordinal))
        {
            return "Ce champ ne peut pas valoir null.";
        }

        if (message.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            return "Le JSON est imbriqué trop profondément.";
        }

        return ConvertedTo().Match(message) is { Success: true } conversion
            ? $"La valeur n'est pas {Expected(conversion.Groups[1].Value)}."
            : "Le corps n'est pas du JSON valide (UTF-8).";
    }

    /// <summary>What a value of the type looks like, said to a client.</summary>
    private static string Expected(string typeName)
    {
        var type = NullableOf().Match(typeName) is { Success: true } nullable ? nullable.Groups[1].Value : typeName;
        return type switch
        {
            "System.String" => "un texte",
            "System.Int32" or "System.Int64" or "System.Int16" => "un nombre entier dans les limites admises",
            "System.Double" or "System.Decimal" or "System.Single" => "un nombre",
            "System.Boolean" => "true ou false",
            "System.DateTimeOffset" or "System.DateTime" =>
                "une date et heure ISO 8601 avec décalage, par ex. 2026-03-14T09:30:00+01:00",
            "System.DateOnly" => "une date AAAA-MM-JJ",
            "System.TimeOnly" => "une heure HH:MM",
            "System.Guid" => "un identifiant (GUID)",
            _ when type.Contains("List", StringComparison.Ordinal)
                    || type.EndsWith("[]", StringComparison.Ordinal)
                    || type.Contains("Enumerable", StringComparison.Ordinal)
                    || type.Contains("Collection", StringComparison.Ordinal) => "une liste",
            _ when EnumCodes(type) is { } codes => $"l'un des codes {codes}",
            _ => "un objet JSON",
        };
    }

    private static string? EnumCodes(string typeName)
    {
        var type = AppDomain
            .CurrentDomain.GetAssemblies()
            .Select(assembly => assembly.GetType(typeName, throwOnError: false))
            .FirstOrDefault(candidate => candidate is not null);
        return type is { IsEnum: true } ? string.Join(", ", WireCode.All(type)) : null;
    }

    [GeneratedRegex(@"converted to ([\w.`\[\]+]+?)\.(?: |$)")]
    private static partial Regex ConvertedTo();

    [GeneratedRegex(@"^System\.Nullable`1\[\[?([\w.+]+)")]
    private static partial Regex NullableOf();
}
