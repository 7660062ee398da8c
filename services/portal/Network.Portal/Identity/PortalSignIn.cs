using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Network.ServiceDefaults.Identity;

namespace Network.Portal.Identity;

/// <summary>
/// OpenID Connect sign-in (code flow with PKCE) into a cookie session. The tokens stay on the server, in
/// <see cref="SessionTicketStore"/>: the browser's cookie holds only the session's key.
/// </summary>
internal static class PortalSignIn
{
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string OidcScheme = OpenIdConnectDefaults.AuthenticationScheme;

    public static void AddPortalSignIn(this WebApplicationBuilder builder)
    {
        var keycloak = KeycloakOptions.Read(builder.Configuration);
        builder.Services.AddSingleton<SessionTicketStore>();
        builder.Services.AddSingleton<TokenRefresher>();
        builder
            .Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieScheme;
                options.DefaultChallengeScheme = OidcScheme;
            })
            .AddCookie(CookieScheme, options =>
            {
                options.Cookie.Name = "network-portal";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.SlidingExpiration = true;
                options.LoginPath = "/connexion";
                options.AccessDeniedPath = "/introuvable";
                options.Events.OnValidatePrincipal = context =>
                    context.HttpContext.RequestServices.GetRequiredService<TokenRefresher>().ValidateAsync(context);
            })
            .AddOpenIdConnect(OidcScheme, options =>
            {
                options.Authority = keycloak.Authority;
                options.RequireHttpsMetadata = keycloak.RequireHttpsMetadata;
                options.ResponseType = "code";
                options.UsePkce = true;
                options.SaveTokens = true;
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = false;
                options.Scope.Clear();
                options.Scope.Add("openid");
                options.Scope.Add("profile");
                options.Scope.Add("email");
                options.CallbackPath = "/signin-oidc";
                options.SignedOutCallbackPath = "/signout-callback-oidc";
                options.SignedOutRedirectUri = "/";
                options.TokenValidationParameters.NameClaimType = KeycloakClaims.PreferredUsername;
                options.TokenValidationParameters.RoleClaimType = KeycloakClaims.Role;
                options.Events.OnTokenValidated = context =>
                {
                    AccessTokenClaims.CopyTo(context.Principal!, context.TokenEndpointResponse?.AccessToken);
                    return Task.CompletedTask;
                };
                options.Events.OnRemoteFailure = context =>
                {
                    // A refused or abandoned sign-in brings the person back to a page that says so, not to an error.
                    context.Response.Redirect("/connexion/echec");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        builder
            .Services.AddOptions<CookieAuthenticationOptions>(CookieScheme)
            .Configure<IOptions<PortalOptions>, SessionTicketStore>(
                (cookie, portal, store) =>
                {
                    cookie.ExpireTimeSpan = portal.Value.IdleTimeout;
                    cookie.SessionStore = store;
                }
            );
        builder
            .Services.AddOptions<OpenIdConnectOptions>(OidcScheme)
            .Configure<IOptions<PortalOptions>>(
                (oidc, portal) =>
                {
                    oidc.ClientId = portal.Value.ClientId;
                    oidc.ClientSecret = portal.Value.ClientSecret;
                }
            );
        builder.Services.AddAuthorization();
    }
}
