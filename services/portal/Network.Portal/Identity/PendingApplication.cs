using System.Globalization;
using Microsoft.AspNetCore.Authentication;

namespace Network.Portal.Identity;

/// <summary>
/// The application to join the network that a person sent in this session. The API shows a pending structure to the
/// coordinator alone: the answer to the application is all its author ever sees of it, so the portal keeps it in the
/// session (as it keeps the structure one acts for), to say that it waits. A new session forgets it.
/// </summary>
public sealed record PendingApplication(Guid Id, string Name, DateTimeOffset SentAt)
{
    private const string Item = "application";

    public static async Task<PendingApplication?> OfAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(PortalSignIn.CookieScheme);
        var parts = result.Properties?.GetString(Item)?.Split('|', 3);
        return
            parts is [var id, var sentAt, var name]
            && Guid.TryParse(id, out var structure)
            && DateTimeOffset.TryParse(sentAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? new PendingApplication(structure, name, at)
            : null;
    }

    public async Task RememberAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await context.AuthenticateAsync(PortalSignIn.CookieScheme);
        if (result is { Succeeded: true, Properties: { } properties })
        {
            properties.SetString(Item, string.Create(CultureInfo.InvariantCulture, $"{Id}|{SentAt:O}|{Name}"));
            await context.SignInAsync(PortalSignIn.CookieScheme, result.Principal, properties);
        }
    }
}
