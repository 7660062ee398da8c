using System.Text;
using Network.DevIdentity.Pages;

namespace Network.DevIdentity.Authorization;

/// <summary>
/// The answer to an authorization request, in its response mode, with Keycloak's parameters in Keycloak's order:
/// <c>state</c>, <c>session_state</c>, <c>iss</c> (RFC 9207), <c>code</c>; or <c>error</c>, <c>error_description</c>,
/// <c>state</c>, <c>iss</c>.
/// </summary>
internal static class AuthorizationResponses
{
    public static IResult Success(AuthorizationRequest request, string issuer, string sessionId, string? code)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = new List<KeyValuePair<string, string>>();
        if (request.State is not null)
        {
            parameters.Add(KeyValuePair.Create("state", request.State));
        }

        parameters.Add(KeyValuePair.Create("session_state", sessionId));
        parameters.Add(KeyValuePair.Create("iss", issuer));
        if (code is not null)
        {
            parameters.Add(KeyValuePair.Create("code", code));
        }

        return Send(request, parameters);
    }

    public static IResult Error(AuthorizationRequest request, string issuer, string error, string? description)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = new List<KeyValuePair<string, string>> { KeyValuePair.Create("error", error) };
        if (description is not null)
        {
            parameters.Add(KeyValuePair.Create("error_description", description));
        }

        if (request.State is not null)
        {
            parameters.Add(KeyValuePair.Create("state", request.State));
        }

        parameters.Add(KeyValuePair.Create("iss", issuer));
        return Send(request, parameters);
    }

    /// <summary><paramref name="uri"/> with <paramref name="parameters"/> added to its query.</summary>
    public static string WithQuery(string uri, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var encoded = Encode(parameters);
        return encoded.Length == 0 ? uri : uri + (uri.Contains('?', StringComparison.Ordinal) ? "&" : "?") + encoded;
    }

    private static IResult Send(AuthorizationRequest request, List<KeyValuePair<string, string>> parameters) =>
        request.ResponseMode switch
        {
            ResponseModes.FormPost => MessagePages.FormPost(request.RedirectUri, parameters),
            ResponseModes.Fragment => Results.Redirect($"{request.RedirectUri}#{Encode(parameters)}"),
            _ => Results.Redirect(WithQuery(request.RedirectUri, parameters)),
        };

    private static string Encode(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var encoded = new StringBuilder();
        foreach (var (name, value) in parameters)
        {
            encoded
                .Append(encoded.Length == 0 ? "" : "&")
                .Append(Uri.EscapeDataString(name))
                .Append('=')
                .Append(Uri.EscapeDataString(value));
        }

        return encoded.ToString();
    }
}
