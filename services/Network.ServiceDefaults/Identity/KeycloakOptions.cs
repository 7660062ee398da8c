using Microsoft.Extensions.Configuration;

namespace Network.ServiceDefaults.Identity;

/// <summary>The <c>Keycloak</c> configuration section, with Keycloak's own adapter key names.</summary>
public sealed class KeycloakOptions
{
    public const string SectionName = "Keycloak";

    public required string AuthServerUrl { get; init; }

    public required string Realm { get; init; }

    /// <summary>The client the services are (<c>resource</c>); its client roles are mapped too.</summary>
    public string? Resource { get; init; }

    /// <summary>The audience every token must carry; defaults to <see cref="Resource"/>.</summary>
    public string? Audience { get; init; }

    /// <summary><c>all</c>, <c>external</c> (HTTPS except on loopback) or <c>none</c>, as Keycloak says it.</summary>
    public string SslRequired { get; init; } = "external";

    public bool VerifyTokenAudience { get; init; } = true;

    public string Authority => $"{AuthServerUrl.TrimEnd('/')}/realms/{Realm}/";

    public string? EffectiveAudience => Audience ?? Resource;

    public bool RequireHttpsMetadata =>
        SslRequired switch
        {
            "none" => false,
            "all" => true,
            _ => !new Uri(AuthServerUrl).IsLoopback,
        };

    public static KeycloakOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        return new KeycloakOptions
        {
            AuthServerUrl = section["auth-server-url"]
                ?? section["AuthServerUrl"]
                ?? throw new InvalidOperationException("Keycloak:auth-server-url is not configured."),
            Realm = section["realm"] ?? "network",
            Resource = section["resource"],
            Audience = section["Audience"] ?? section["audience"],
            SslRequired = section["ssl-required"] ?? "external",
            VerifyTokenAudience = section.GetValue("verify-token-audience", true),
        };
    }
}
