using System.Text.Json;
using Network.ServiceDefaults.Problems;

namespace Network.Events.Domain;

/// <summary>The categories' codes as the API writes them (kebab-case), for query strings, which JSON converters do not
/// read.</summary>
public static class Categories
{
    private static readonly Dictionary<string, EventCategory> ByCode = Enum.GetValues<EventCategory>()
        .ToDictionary(c => WireCode.Of(c), StringComparer.Ordinal);

    public static IEnumerable<string> Codes => ByCode.Keys;

    public static string CodeOf(EventCategory category) => ByCode.First(pair => pair.Value == category).Key;

    public static EventCategory? Parse(string code) => ByCode.TryGetValue(code, out var category) ? category : null;
}
