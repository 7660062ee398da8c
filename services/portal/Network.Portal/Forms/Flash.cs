using System.Security.Cryptography;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.DataProtection;

namespace Network.Portal.Forms;

/// <summary>
/// Post, redirect, get: a form that succeeded redirects to the page that shows the result, carrying a short
/// confirmation ("L'atelier est publié.") that the next workspace page shows once. It travels in a short-lived cookie
/// the portal signs, so that reloading the page neither posts again nor repeats the message.
/// </summary>
public sealed class Flash(
    IHttpContextAccessor accessor,
    NavigationManager navigation,
    IDataProtectionProvider protection
)
{
    private const string CookieName = "network-portal-flash";

    private readonly IDataProtector _protector = protection.CreateProtector("Network.Portal.Flash");

    /// <summary>Ends the post: the browser goes to <paramref name="path"/>, which says
    /// <paramref name="message"/>.</summary>
    public void RedirectTo(string path, string message)
    {
        var context = accessor.HttpContext
            ?? throw new InvalidOperationException("A flash message needs the request it answers.");
        context.Response.Cookies.Append(
            CookieName,
            _protector.Protect(message),
            new CookieOptions
            {
                HttpOnly = true,
                IsEssential = true,
                Path = "/",
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                MaxAge = TimeSpan.FromMinutes(2),
            }
        );
        navigation.NavigateTo(path);
    }

    /// <summary>The message the previous post left, once; null when there is none.</summary>
    public string? Take()
    {
        if (
            accessor.HttpContext is not { } context
            || !context.Request.Cookies.TryGetValue(CookieName, out var sealedMessage)
        )
        {
            return null;
        }

        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
        try
        {
            return _protector.Unprotect(sealedMessage);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
