namespace Network.ServiceDefaults.Problems;

/// <summary>Collects every bad field of a request, named as the client sent it, for a single 400 answer.</summary>
public sealed class ValidationErrors
{
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

    /// <summary>Adds <paramref name="message"/> for <paramref name="field"/> when <paramref name="condition"/> fails.</summary>
    public ValidationErrors Require(bool condition, string field, string message)
        => condition ? this : Add(field, message);

    public Dictionary<string, string[]> ToDictionary()
        => _errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
}
