using Network.ServiceDefaults.Text;

namespace Network.ServiceDefaults.Problems;

/// <summary>Collects every bad field of a request, named as the client sent it, for a single 400 answer.</summary>
public sealed class ValidationErrors
{
    public const string SingleLineMessage =
        "Ce champ tient sur une ligne : ni retour à la ligne, ni tabulation, ni autre caractère de contrôle.";

    public const string MultiLineMessage =
        "Ce texte peut aller à la ligne, mais ne contient ni tabulation ni autre caractère de contrôle.";

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
        return this;
    }

    /// <summary>Adds <paramref name="message"/> for <paramref name="field"/> when <paramref name="condition"/>
    /// fails.</summary>
    public ValidationErrors Require(bool condition, string field, string message) =>
        condition ? this : Add(field, message);

    /// <summary>
    /// The rule of every field that holds one line (a name, a title, a commune, a street, a reason, a code): no line
    /// break and no other control character (<see cref="ControlCharacters.IsSingleLine"/>).
    /// </summary>
    public ValidationErrors RequireSingleLine(string? value, string field) =>
        Require(ControlCharacters.IsSingleLine(value), field, SingleLineMessage);

    /// <summary>The same rule for each value of a list (the components of a kit, say).</summary>
    public ValidationErrors RequireSingleLine(IEnumerable<string?>? values, string field) =>
        Require(values is null || values.All(ControlCharacters.IsSingleLine), field, SingleLineMessage);

    /// <summary>The rule of a free text (a description, a note, a comment): line breaks, and no other control
    /// character.</summary>
    public ValidationErrors RequireMultiLine(string? value, string field) =>
        Require(ControlCharacters.IsMultiLine(value), field, MultiLineMessage);

    public Dictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
}
