using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Network.Resilience.Tests.HostileInput;

/// <summary>
/// Values that break one rule a field of a request declares in the OpenAPI documents, and nothing else when the field's
/// value in the body was valid: a control character its pattern refuses (a line break in a one-line field, a bell in a
/// free text), one character over its longest text, a number just out of its bounds.
/// </summary>
public static class DeclaredRules
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The values that break <paramref name="field"/>'s declared rules, from its <paramref name="valid"/>
    /// value when the body has one.</summary>
    public static IEnumerable<(string What, JsonNode Value)> Breaking(ApiSchema field, JsonNode? valid)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Pattern is { } pattern)
        {
            var rule = new Regex(pattern, RegexOptions.None, MatchTimeout);
            var text = valid is JsonValue value && value.TryGetValue<string>(out var current) ? current : "Texte";
            foreach (
                var (what, broken) in WithControlCharacters(text).Where(variant => !MatchesWhole(rule, variant.Value))
            )
            {
                yield return ($"{what}, against its pattern", broken);
            }
        }

        if (field.MaxLength is { } longest)
        {
            yield return ($"{longest + 1} characters, over its maxLength", HostileText.OfLength(longest + 1));
        }

        if (field.Minimum is { } minimum)
        {
            yield return ("just below its minimum", Number(field, minimum, -1));
        }

        if (field.Maximum is { } maximum)
        {
            yield return ("just above its maximum", Number(field, maximum, +1));
        }
    }

    private static IEnumerable<(string What, string Value)> WithControlCharacters(string text) =>
        [
            ("line feed at the end", text + "\n"),
            ("line break inside", text + "\r\nUID:un-autre"),
            ("tab at the start", "\t" + text),
            ("NUL at the end", text + "\u0000"),
            ("bell at the end", text + "\u0007"),
            ("escape sequence at the start", "\u001b[31m" + text),
        ];

    /// <summary>As a validator reads a pattern: the whole text matches it.</summary>
    private static bool MatchesWhole(Regex rule, string text) =>
        rule.Match(text) is { Success: true } match && match.Index == 0 && match.Length == text.Length;

    private static JsonValue Number(ApiSchema field, double bound, int step) =>
        field.Type == "integer" ? JsonValue.Create((long)bound + step) : JsonValue.Create(bound + step);
}
