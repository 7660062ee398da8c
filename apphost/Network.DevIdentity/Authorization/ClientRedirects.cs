using Microsoft.Extensions.Options;
using Network.DevIdentity.Realm;

namespace Network.DevIdentity.Authorization;

/// <summary>
/// Where a client may send a browser back: the realm file's patterns, and those configured for the client under
/// <c>DevIdentity:RedirectUris</c>, which count both after sign-in and after logout.
/// </summary>
internal sealed class ClientRedirects(IOptions<DevIdentityOptions> options)
{
    /// <summary>The URI to redirect to after sign-in, or null when the client does not allow it.</summary>
    public string? VerifyRedirectUri(RealmClient client, string? requested, bool required) =>
        RedirectUriMatcher.Verify(requested, [.. client.RedirectUris, .. Configured(client)], client.RootUrl, required);

    /// <summary>The URI to redirect to after logout, or null when the client does not allow it.</summary>
    public string? VerifyPostLogoutRedirectUri(RealmClient client, string requested) =>
        RedirectUriMatcher.Verify(
            requested,
            [.. client.PostLogoutRedirectUris, .. Configured(client)],
            client.RootUrl,
            required: true
        );

    private string[] Configured(RealmClient client) =>
        options.Value.RedirectUris.TryGetValue(client.ClientId, out var patterns) ? patterns : [];
}
