using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Network.AppHost.Local;

/// <summary>
/// Local mode: the machine's RabbitMQ as a private node, SQLite files in the data folder (or, with
/// <c>Database=PostgreSql</c>, a private cluster of the machine's PostgreSQL there), and DevIdentity.
/// It holds no container resource, so it runs where no container runtime does.
/// </summary>
internal static class LocalInfrastructure
{
    private static readonly string[] Databases = ["partnersdb", "eventsdb", "referralsdb", "equipmentdb", "activitydb"];

    public static Infrastructure AddLocalInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var dataFolder = Path.GetFullPath(builder.Configuration["DataFolder"] ?? ".data", builder.AppHostDirectory);
        Directory.CreateDirectory(dataFolder);

        // The e-mails DevIdentity writes in Keycloak's place, as .eml files; the services send theirs to smtp4dev.
        var mailFolder = Path.Combine(dataFolder, "mail");
        var gatewayPort = builder.Configuration.GetValue("Ports:Gateway", 5080);
        var broker = builder.AddLocalRabbitMq("rabbitmq", Path.Combine(dataFolder, "rabbitmq"));
        var postgreSql =
            DatabaseSetting.Of(builder.Configuration, "Sqlite") == "PostgreSql"
                ? builder.AddLocalPostgreSql("postgres", Path.Combine(dataFolder, "postgres"), Databases)
                : null;
        var databases = Databases.ToDictionary(
            name => name,
            name =>
                builder.AddConnectionString(
                    name,
                    postgreSql is null
                        ? ReferenceExpression.Create($"Data Source={Path.Combine(dataFolder, name)}.db")
                        : postgreSql.Resource.ConnectionStringOf(name)
                )
        );

        var identity = builder
            .AddProject<Projects.Network_DevIdentity>("identity", launchProfileName: null)
            .WithHttpEndpoint(
                port: builder.Configuration.GetValue("Ports:Identity", 8080),
                name: "http",
                isProxied: false
            )
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
            .WithEnvironment(
                "DevIdentity__RealmFile",
                RepositoryFile(builder, "infra/keycloak/development/network-realm.json")
            )
            .WithEnvironment("DevIdentity__DataPath", Path.Combine(dataFolder, "identity"))
            .WithEnvironment("DevIdentity__MailPickupDirectory", mailFolder)
            // The portal signs people in on the gateway's origin, whichever port the gateway has.
            .WithEnvironment(
                "DevIdentity__RedirectUris__network-portal__0",
                string.Create(CultureInfo.InvariantCulture, $"http://localhost:{gatewayPort}/*")
            )
            .WithEnvironment(
                "DevIdentity__RedirectUris__network-portal__1",
                string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{gatewayPort}/*")
            )
            .WithHttpHealthCheck("/health");

        return new Infrastructure(
            broker,
            name => databases[name],
            postgreSql is null ? "Sqlite" : "PostgreSql",
            identity,
            postgreSql is null ? [] : [postgreSql],
            Seed: true,
            KeyRings: Path.Combine(dataFolder, "keys"),
            Mail: builder.AddLocalMailCatcher()
        );
    }

    private static string RepositoryFile(IDistributedApplicationBuilder builder, string relativePath) =>
        Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "..", relativePath));
}
