using System.Text.RegularExpressions;

namespace Network.ServiceDefaults.Problems;

/// <summary>
/// The field a binding failure is about, and what was wrong with it in French: the framework's own message quotes
/// the parameter's .NET declaration, which is no business of a client's.
/// </summary>
internal static partial class BindingErrorText
{
    public static Dictionary<string, string[]>? Errors(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (FailedToBind().Match(message) is { Success: true } failed)
        {
            return new()
            {
                [failed.Groups["name"].Value] = ["Cette valeur n'a pas la forme attendue (voir le document OpenAPI)."],
            };
        }

        if (NotProvided().Match(message) is { Success: true } missing)
        {
            var fromBody = message.Contains("body", StringComparison.OrdinalIgnoreCase);
            return new()
            {
                [fromBody ? "body" : missing.Groups["name"].Value] =
                [
                    fromBody ? "Le corps de la requête est obligatoire." : "Ce paramètre est obligatoire.",
                ],
            };
        }

        return message.Contains("body", StringComparison.OrdinalIgnoreCase)
            ? new() { ["body"] = ["Le corps de la requête est obligatoire (JSON)."] }
            : null;
    }

    [GeneratedRegex("Failed to bind parameter \"[^\"]*?(?<name>\\w+)\" from")]
    private static partial Regex FailedToBind();

    [GeneratedRegex("Required parameter \"[^\"]*?(?<name>\\w+)\" was not provided")]
    private static partial Regex NotProvided();
}
