using System.Text.Json;

namespace Network.ServiceDefaults.Problems;

/// <summary>
/// The code of an enumeration value as the contract writes it, in JSON bodies and everywhere else (messages, problem
/// extensions, texts): kebab-case (<c>no-show</c>, <c>atelier-numerique</c>). The one way to produce it.
/// </summary>
public static class WireCode
{
    /// <summary>The naming policy of enumerations, which <see cref="JsonDefaults"/> gives the JSON converter
    /// too.</summary>
    public static readonly JsonNamingPolicy Policy = JsonNamingPolicy.KebabCaseLower;

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Policy.ConvertName(value.ToString());

    /// <summary>Every code of <paramref name="type"/>, in declaration order.</summary>
    public static IEnumerable<string> All(Type type) => Enum.GetNames(type).Select(Policy.ConvertName);
}
