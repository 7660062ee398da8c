namespace Network.Deployment.Tests;

/// <summary>What the platform deploys, and the settings each one reads in production (README,
/// "Configuration").</summary>
public static class Deployables
{
    public static readonly string[] Services = ["partners", "events", "referrals", "equipment", "activity"];

    public static readonly string[] All = ["gateway", "portal", .. Services];

    private static readonly string[] Identity = ["Keycloak__auth-server-url", "Keycloak__realm", "Keycloak__Audience"];

    /// <summary>The variables a deployable cannot run without in production (the others have defaults).</summary>
    public static IReadOnlyList<string> RequiredSettings(string deployable) =>
        deployable switch
        {
            "gateway" =>
            [
                .. Identity,
                .. Services.Append("portal").Select(cluster => $"services__{cluster}__http__0"),
                "ForwardedHeaders__KnownNetworks__0",
                "Cors__AllowedOrigins__0",
            ],
            "portal" =>
            [
                .. Identity,
                "Portal__ClientId",
                "Portal__ClientSecret",
                "Portal__Api",
                "ForwardedHeaders__KnownNetworks__0",
            ],
            _ =>
            [
                .. Identity,
                "ConnectionStrings__rabbitmq",
                $"ConnectionStrings__{deployable}db",
                "Database__Provider",
                "Database__MigrateAtStart",
                "DataProtection__KeyRingPath",
                "DataProtection__Certificate__Path",
                "DataProtection__Certificate__Password",
                .. deployable switch
                {
                    "partners" => new[] { "Members__ClientId", "Members__ClientSecret", "Members__AuthServerUrl" },
                    "events" =>
                    [
                        "Notices__PortalUrl",
                        "Notices__From",
                        "Notices__Smtp__Host",
                        "Notices__Smtp__Port",
                        "Notices__Smtp__UserName",
                        "Notices__Smtp__Password",
                    ],
                    _ => [],
                },
            ],
        };
}
