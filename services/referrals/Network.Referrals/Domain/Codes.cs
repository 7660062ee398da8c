using System.Text.Json;

namespace Network.Referrals.Domain;

/// <summary>The kebab-case code of an enumeration value, as the contract writes it (<c>no-show</c>, <c>hors-perimetre</c>).</summary>
public static class Codes
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
