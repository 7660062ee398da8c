namespace Network.DevIdentity.Authorization;

/// <summary>A <c>response_type</c> as Keycloak's <c>OIDCResponseType</c> parses it: a set of code, token, id_token, or
/// none alone.</summary>
internal sealed class ResponseType
{
    private static readonly string[] Known = ["code", "token", "id_token", "none"];

    private readonly HashSet<string> _types;

    private ResponseType(HashSet<string> types) => _types = types;

    public bool HasCode => _types.Contains("code");

    public bool IsNone => _types.Contains("none");

    /// <summary>Whether tokens would travel through the browser: the implicit and hybrid flows.</summary>
    public bool IsImplicitOrHybrid => _types.Contains("token") || _types.Contains("id_token");

    /// <summary>The parsed type; null when it names an unknown type or combines none with another.</summary>
    public static ResponseType? Parse(string value)
    {
        var types = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        if (types.Count == 0 || !types.All(Known.Contains) || (types.Contains("none") && types.Count > 1))
        {
            return null;
        }

        return new ResponseType(types);
    }

    /// <summary>Keycloak's default response mode: the fragment when tokens travel, the query otherwise.</summary>
    public string DefaultMode => IsImplicitOrHybrid ? ResponseModes.Fragment : ResponseModes.Query;
}
