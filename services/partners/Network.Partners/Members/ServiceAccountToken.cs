using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Network.Partners.Members;

/// <summary>
/// The service account's access token (client credentials of <see cref="MembersOptions.ClientId"/>), kept until shortly
/// before it expires.
/// </summary>
internal sealed class ServiceAccountToken(
    IHttpClientFactory clients,
    KeycloakAdminAddress address,
    IOptions<MembersOptions> options,
    TimeProvider time
) : IDisposable
{
    public const string TokenClient = "keycloak-token";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _expiresAt;

    public void Dispose() => _gate.Dispose();

    /// <summary>The token; a new one when <paramref name="renew"/> (Keycloak no longer accepted the last).</summary>
    public async Task<string> GetAsync(bool renew, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!renew && _token is not null && time.GetUtcNow() < _expiresAt)
            {
                return _token;
            }

            var settings = options.Value;
            using var form = new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = settings.ClientId,
                    ["client_secret"] = settings.ClientSecret ?? "",
                }
            );
            using var response = await clients
                .CreateClient(TokenClient)
                .PostAsync(address.TokenEndpoint, form, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw IdentityProviderException.Refusing((int)response.StatusCode, "the service account's token");
            }

            var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
                ?? throw IdentityProviderException.Refusing((int)response.StatusCode, "the service account's token");
            _token = token.AccessToken;
            _expiresAt = time.GetUtcNow().AddSeconds(Math.Max(token.ExpiresIn - 30, token.ExpiresIn / 2));
            return _token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn
    );
}

/// <summary>Puts the service account's token on every call to the admin API, and fetches a new one when Keycloak no
/// longer accepts it (restarted with a new key, or the token revoked).</summary>
internal sealed class ServiceAccountTokenHandler(ServiceAccountToken token) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            await token.GetAsync(renew: false, cancellationToken)
        );
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            await token.GetAsync(renew: true, cancellationToken)
        );
        return await base.SendAsync(request, cancellationToken);
    }
}
