using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Network.Portal.Identity;

/// <summary>
/// Keeps a session's access token fresh, on the server: shortly before it expires, the refresh token buys a new one.
/// A refresh the realm refuses (session ended, user disabled) ends the portal's session too.
/// </summary>
internal sealed partial class TokenRefresher(
    IHttpClientFactory clients,
    IOptionsMonitor<OpenIdConnectOptions> oidc,
    TimeProvider time,
    ILogger<TokenRefresher> logger
)
{
    public const string HttpClientName = "identity";

    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(60);

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var tokens = context.Properties;
        if (
            !DateTimeOffset.TryParse(
                tokens.GetTokenValue("expires_at"),
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var expiresAt
            )
            || expiresAt - time.GetUtcNow() > Margin
        )
        {
            return;
        }

        var refreshToken = tokens.GetTokenValue("refresh_token");
        var refreshed = refreshToken is null
            ? null
            : await RefreshAsync(refreshToken, context.HttpContext.RequestAborted);
        switch (refreshed)
        {
            case null:
                return;
            case { Refused: true }:
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(PortalSignIn.CookieScheme);
                return;
        }

        tokens.UpdateTokenValue("access_token", refreshed.AccessToken!);
        tokens.UpdateTokenValue("refresh_token", refreshed.RefreshToken ?? refreshToken!);
        tokens.UpdateTokenValue("expires_at", refreshed.ExpiresAt.ToString("o", CultureInfo.InvariantCulture));
        AccessTokenClaims.CopyTo(context.Principal!, refreshed.AccessToken);
        context.ShouldRenew = true;
    }

    private async Task<Refreshed?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var options = oidc.Get(PortalSignIn.OidcScheme);
        try
        {
            var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
            using var client = clients.CreateClient(HttpClientName);
            using var response = await client.PostAsync(
                configuration.TokenEndpoint,
                new FormUrlEncodedContent(
                    new Dictionary<string, string>
                    {
                        ["grant_type"] = "refresh_token",
                        ["refresh_token"] = refreshToken,
                        ["client_id"] = options.ClientId!,
                        ["client_secret"] = options.ClientSecret ?? "",
                    }
                ),
                cancellationToken
            );
            if ((int)response.StatusCode is >= 400 and < 500)
            {
                return new Refreshed(true, null, null, default);
            }

            response.EnsureSuccessStatusCode();
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var root = body.RootElement;
            return new Refreshed(
                false,
                root.GetProperty("access_token").GetString(),
                root.TryGetProperty("refresh_token", out var next) ? next.GetString() : null,
                time.GetUtcNow().AddSeconds(root.GetProperty("expires_in").GetInt32())
            );
        }
        catch (Exception exception)
            when (exception
                    is HttpRequestException
                        or TaskCanceledException
                        or InvalidOperationException
                        or JsonException
            )
        {
            // The realm cannot be reached: keep the session; the API will refuse the old token and the page will say
            // so.
            LogUnreachable(logger, exception);
            return null;
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "The identity provider could not refresh a session's access token."
    )]
    private static partial void LogUnreachable(ILogger logger, Exception exception);

    private sealed record Refreshed(bool Refused, string? AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt);
}
