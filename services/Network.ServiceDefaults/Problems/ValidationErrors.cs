using Network.ServiceDefaults.Text;

namespace Network.ServiceDefaults.Problems;

/// <summary>Collects every bad field of a request, named as the client sent it, for a single 400 answer.</summary>
public sealed class ValidationErrors
{
    /// <summary>What <see cref="Validation.SingleLineAttribute"/> answers.</summary>
    public const string SingleLineMessage =
        "Ce champ tient sur une ligne : ni retour à la ligne, ni tabulation, ni autre caractère de contrôle.";

    /// <summary>What <see cref="Validation.MultiLineAttribute"/> answers.</summary>
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
    /// The rule of a field that holds one line (<see cref="Validation.SingleLineAttribute"/>) for each value of a list
    /// (the components of a kit, say), which an attribute of the list cannot say.
    /// </summary>
    public ValidationErrors RequireSingleLine(IEnumerable<string?>? values, string field) =>
        Require(values is null || values.All(ControlCharacters.IsSingleLine), field, SingleLineMessage);

    public Dictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
}
