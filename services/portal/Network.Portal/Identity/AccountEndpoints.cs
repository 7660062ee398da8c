using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Network.Portal.Identity;

/// <summary>Sign-in, sign-out and the choice of the structure one acts for.</summary>
internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/connexion", (string? retour) => Results.Challenge(
            new AuthenticationProperties { RedirectUri = LocalPath(retour) ?? "/espace" }, [PortalSignIn.OidcScheme]));

        // A form post carries antiforgery, so that no other site can sign a person out or switch their structure.
        app.MapPost("/deconnexion", ([FromForm] string? retour) => Results.SignOut(
            new AuthenticationProperties { RedirectUri = "/" }, [PortalSignIn.CookieScheme, PortalSignIn.OidcScheme]));

        app.MapPost("/compte/structure", async (HttpContext context, [FromForm] Guid? structure, [FromForm] string? retour) =>
        {
            var result = await context.AuthenticateAsync(PortalSignIn.CookieScheme);
            if (!result.Succeeded || result.Properties is null)
            {
                return Results.Redirect("/connexion");
            }

            var user = await PortalUser.OfAsync(context);
            if (structure is { } id && user.PartnerIds.Contains(id))
            {
                result.Properties.Items[PortalUser.ActingPartnerItem] = id.ToString();
                await context.SignInAsync(PortalSignIn.CookieScheme, result.Principal, result.Properties);
            }

            return Results.LocalRedirect(LocalPath(retour) ?? "/espace");
        });
    }

    /// <summary>Only a path of the portal itself: a return address never leads to another site.</summary>
    private static string? LocalPath(string? path)
        => path is { Length: > 0 } && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\')) ? path : null;
}
