using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Network.DevIdentity.Sessions;

/// <summary>
/// The cookies DevIdentity gives a browser, under Keycloak's names and path: <c>KEYCLOAK_IDENTITY</c> points to
/// the SSO session, <c>AUTH_SESSION_ID</c> ties a login or logout form to the browser that was shown it. Both are
/// HttpOnly and SameSite=Lax: a top-level navigation from the client carries them, another site's form does not.
/// </summary>
internal static class BrowserCookies
{
    public const string Identity = "KEYCLOAK_IDENTITY";
    public const string AuthSession = "AUTH_SESSION_ID";

    public static string? Read(HttpRequest request, string name) =>
        request.Cookies.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>The browser's <c>AUTH_SESSION_ID</c>, given to it now when it has none.</summary>
    public static string BrowserId(HttpContext context, string realm)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Read(context.Request, AuthSession) is { } existing)
        {
            return existing;
        }

        var id = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        Write(context, realm, AuthSession, id);
        return id;
    }

    /// <summary>A session cookie (no expiry, as Keycloak's without "remember me").</summary>
    public static void Write(HttpContext context, string realm, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(name, value, Options(context, realm));
    }

    public static void Expire(HttpContext context, string realm, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(name, Options(context, realm));
    }

    private static CookieOptions Options(HttpContext context, string realm) =>
        new()
        {
            Path = $"{context.Request.PathBase}/realms/{realm}/",
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            IsEssential = true,
        };
}
