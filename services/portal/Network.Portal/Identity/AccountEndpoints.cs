using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace Network.Portal.Identity;

/// <summary>Sign-in, sign-out and the choice of the structure one acts for.</summary>
internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/connexion", (string? retour) =>
            Results.Challenge(
                new AuthenticationProperties { RedirectUri = LocalPath(retour) ?? "/espace" },
                [PortalSignIn.OidcScheme]
            )
        );

        // A form post carries antiforgery, so that no other site can sign a person out or switch their structure.
        app.MapPost("/deconnexion", async (HttpContext context, IAntiforgery antiforgery) =>
                await antiforgery.IsRequestValidAsync(context)
                    ? Results.SignOut(
                        new AuthenticationProperties { RedirectUri = "/" },
                        [PortalSignIn.CookieScheme, PortalSignIn.OidcScheme]
                    )
                    : Results.StatusCode(StatusCodes.Status400BadRequest)
            )
            .DisableAntiforgery();

        app.MapPost("/compte/structure", async (HttpContext context, IAntiforgery antiforgery) =>
            {
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    return Results.StatusCode(StatusCodes.Status400BadRequest);
                }

                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                var structure = Guid.TryParse(form["structure"], out var chosen) ? chosen : (Guid?)null;
                var retour = form["retour"].ToString();
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
            })
            .DisableAntiforgery();
    }

    /// <summary>Only a path of the portal itself: a return address never leads to another site.</summary>
    private static string? LocalPath(string? path) =>
        path is { Length: > 0 } && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'))
            ? path
            : null;
}
