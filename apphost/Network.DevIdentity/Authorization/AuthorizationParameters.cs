using Microsoft.Extensions.Primitives;

namespace Network.DevIdentity.Authorization;

/// <summary>
/// The parameters of an authorization request: the query of a GET, the form of a POST, or a pushed request. A logout
/// request comes the same two ways and is read with it.
/// </summary>
internal sealed class AuthorizationParameters
{
    /// <summary>The parameters Keycloak refuses to receive twice.</summary>
    private static readonly string[] Single =
    [
        "client_id",
        "redirect_uri",
        "response_type",
        "response_mode",
        "scope",
        "state",
        "nonce",
        "code_challenge",
        "code_challenge_method",
        "prompt",
        "max_age",
        "login_hint",
        "request",
        "request_uri",
    ];

    private readonly Dictionary<string, StringValues> _values;

    public AuthorizationParameters(IEnumerable<KeyValuePair<string, StringValues>> values) =>
        _values = new Dictionary<string, StringValues>(values, StringComparer.Ordinal);

    /// <summary>The first value of a parameter; null when it is absent or empty.</summary>
    public string? this[string name] =>
        _values.TryGetValue(name, out var values) && values.Count > 0 && values[0] is { Length: > 0 } value
            ? value
            : null;

    public bool HasDuplicates => Single.Any(name => _values.TryGetValue(name, out var values) && values.Count > 1);

    public static async Task<AuthorizationParameters> ReadAsync(HttpRequest request)
    {
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType)
        {
            return new AuthorizationParameters(
                await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false)
            );
        }

        return new AuthorizationParameters(request.Query);
    }

    /// <summary>These parameters with <paramref name="name"/> set to <paramref name="value"/> alone.</summary>
    public AuthorizationParameters With(string name, string value) =>
        new(_values.Where(entry => entry.Key != name).Append(KeyValuePair.Create(name, new StringValues(value))));
}
