using System.Net.Http.Headers;
using System.Text;
using Network.DevIdentity.Realm;

namespace Network.DevIdentity.Endpoints;

/// <summary>
/// Keycloak's <c>client-secret</c> authenticator: <c>client_id</c> and <c>client_secret</c> from the form or
/// from HTTP Basic; public clients need no secret. Errors are Keycloak's, word for word.
/// </summary>
internal static class ClientAuthentication
{
    private const string InvalidCredentials = "Invalid client or Invalid client credentials";

    public static (RealmClient? Client, OAuthError? Error) Authenticate(
        HttpRequest request,
        IFormCollection form,
        RealmFile realm
    )
    {
        var (clientId, secret) = FromBasic(request.Headers.Authorization.ToString());
        if (form.TryGetValue("client_id", out var formClientId))
        {
            clientId = formClientId.ToString();
        }

        if (form.TryGetValue("client_secret", out var formSecret))
        {
            secret = formSecret.ToString();
        }

        if (string.IsNullOrEmpty(clientId))
        {
            return (null, OAuthError.BadRequest("invalid_client", "Missing client_id parameter"));
        }

        var client = realm.FindClient(clientId);
        if (client is null || !client.Enabled)
        {
            return (null, OAuthError.Unauthorized("invalid_client", InvalidCredentials));
        }

        if (!client.PublicClient && !client.HasSecret(secret))
        {
            return (null, OAuthError.Unauthorized("unauthorized_client", InvalidCredentials));
        }

        return client.BearerOnly
            ? (null, OAuthError.BadRequest("invalid_client", "Bearer-only not allowed"))
            : (client, null);
    }

    /// <summary>RFC 6749's Basic credentials: each half form-urlencoded before the pair is base64-encoded.</summary>
    private static (string? ClientId, string? Secret) FromBasic(string header)
    {
        if (
            !AuthenticationHeaderValue.TryParse(header, out var value)
            || !string.Equals(value.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || value.Parameter is null
        )
        {
            return (null, null);
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon < 0
                ? (null, null)
                : (
                    Uri.UnescapeDataString(pair[..colon].Replace('+', ' ')),
                    Uri.UnescapeDataString(pair[(colon + 1)..].Replace('+', ' '))
                );
        }
        catch (FormatException)
        {
            return (null, null);
        }
    }
}
