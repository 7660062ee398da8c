using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Network.ServiceDefaults.Identity;

/// <summary>Bearer tokens from the Keycloak realm, validated as Keycloak's own .NET adapter would.</summary>
public static class KeycloakAuthentication
{
    public static void AddKeycloakAuthentication(this IHostApplicationBuilder builder)
    {
        var keycloak = KeycloakOptions.Read(builder.Configuration);
        builder.Services.AddSingleton(keycloak);
        builder
            .Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.Authority = keycloak.Authority;
                options.Audience = keycloak.EffectiveAudience;
                options.RequireHttpsMetadata = keycloak.RequireHttpsMetadata;
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuer = keycloak.Authority.TrimEnd('/'),
                    ValidateAudience = keycloak.VerifyTokenAudience,
                    ValidAudience = keycloak.EffectiveAudience,
                    ValidateLifetime = true,
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,
                    ValidateIssuerSigningKey = true,
                    // A token names its key: one the realm does not publish is refused, not tried against every key it
                    // does (a key rotated in later is still found: an unknown kid makes the handler fetch the realm's
                    // keys again).
                    TryAllIssuerSigningKeys = false,
                    ValidAlgorithms =
                    [
                        SecurityAlgorithms.RsaSha256,
                        SecurityAlgorithms.RsaSha384,
                        SecurityAlgorithms.RsaSha512,
                    ],
                    ClockSkew = TimeSpan.Zero,
                    NameClaimType = KeycloakClaims.PreferredUsername,
                    RoleClaimType = KeycloakClaims.Role,
                };
                options.Events = new JwtBearerEvents { OnTokenValidated = RefuseAllButAccessTokens };
            });
        builder.Services.AddTransient<IClaimsTransformation, KeycloakRolesClaimsTransformation>();

        builder
            .Services.AddAuthorizationBuilder()
            // Every endpoint needs a user unless it says it is public: a forgotten rule fails closed.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Coordinator, policy => policy.RequireRole(Roles.Coordinator))
            .AddPolicy(Policies.PartnerAdmin, policy => policy.RequireRole(Roles.PartnerAdmin))
            .AddPolicy(Policies.PartnerStaff, policy => policy.RequireRole(Roles.PartnerStaff, Roles.PartnerAdmin));
    }

    /// <summary>
    /// An ID token carries the audience of its client and a refresh token the realm's issuer, both signed with the
    /// realm's key: only the payload's <c>typ</c> tells them from an access token (the header says <c>JWT</c> for all).
    /// </summary>
    private static Task RefuseAllButAccessTokens(TokenValidatedContext context)
    {
        if (
            context.SecurityToken is not JsonWebToken token
            || !token.TryGetPayloadValue<string>(KeycloakClaims.TokenType, out var type)
            || !string.Equals(type, KeycloakClaims.AccessTokenType, StringComparison.Ordinal)
        )
        {
            context.Fail("The token is not an access token (typ: Bearer).");
        }

        return Task.CompletedTask;
    }
}
