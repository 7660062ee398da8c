namespace Network.AppHost.Containers;

/// <summary>Container mode: RabbitMQ with its management UI, SQL Server (or PostgreSQL, <c>Database=PostgreSql</c>)
/// with one database per service, Keycloak with the realm.</summary>
internal static class ContainerInfrastructure
{
    private static readonly string[] Databases = ["partnersdb", "eventsdb", "referralsdb", "equipmentdb", "activitydb"];

    public static Infrastructure AddContainerInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var broker = builder.AddRabbitMQ("rabbitmq").WithManagementPlugin();

        var postgreSql = DatabaseSetting.Of(builder.Configuration, "SqlServer") == "PostgreSql";
        var (databases, server) = postgreSql ? AddPostgreSql(builder) : AddSqlServer(builder);

        var realmFolder = Path.GetFullPath(
            Path.Combine(builder.AppHostDirectory, "..", "..", "infra", "keycloak", "development")
        );
        var keycloak = builder
            .AddContainer("identity", "quay.io/keycloak/keycloak", "26.0")
            .WithArgs("start-dev", "--import-realm")
            .WithBindMount(realmFolder, "/opt/keycloak/data/import", isReadOnly: true)
            .WithEnvironment("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
            .WithEnvironment(
                "KC_BOOTSTRAP_ADMIN_PASSWORD",
                builder.AddParameter(
                    "keycloak-admin-password",
                    new GenerateParameterDefault { MinLength = 24, Special = false },
                    secret: true,
                    persist: true
                )
            )
            .WithEnvironment("KC_HEALTH_ENABLED", "true")
            .WithHttpEndpoint(
                port: builder.Configuration.GetValue("Ports:Identity", 8080),
                targetPort: 8080,
                name: "http"
            )
            .WithHttpEndpoint(targetPort: 9000, name: "management")
            .WithHttpHealthCheck("/health/ready", endpointName: "management");

        return new Infrastructure(
            broker,
            name => databases[name],
            postgreSql ? "PostgreSql" : "SqlServer",
            keycloak,
            [server],
            Seed: false,
            KeyRings: Path.Combine(builder.AppHostDirectory, ".data", "keys"),
            Mail: builder.AddContainerMailCatcher()
        );
    }

    private static (
        Dictionary<string, IResourceBuilder<IResourceWithConnectionString>>,
        IResourceBuilder<IResource>
    ) AddSqlServer(IDistributedApplicationBuilder builder)
    {
        // Generated at first run and kept in the app host's user secrets, unless Parameters:sql-password is set.
        var saPassword = builder.AddParameter(
            "sql-password",
            new GenerateParameterDefault { MinLength = 24, Special = false },
            secret: true,
            persist: true
        );
        var sql = builder
            .AddContainer("sqlserver", "mcr.microsoft.com/mssql/server", "2022-latest")
            .WithEnvironment("ACCEPT_EULA", "Y")
            .WithEnvironment("MSSQL_SA_PASSWORD", saPassword)
            .WithEndpoint(targetPort: 1433, name: "tds", scheme: "tcp");
        var tds = sql.GetEndpoint("tds");
        var databases = Databases.ToDictionary(
            name => name,
            name =>
                (IResourceBuilder<IResourceWithConnectionString>)
                    builder.AddConnectionString(
                        name,
                        ReferenceExpression.Create(
                            $"Server={tds.Property(EndpointProperty.Host)},{tds.Property(EndpointProperty.Port)};"
                                + $"Database={name};User Id=sa;Password={saPassword};TrustServerCertificate=true"
                        )
                    )
        );
        return (databases, sql);
    }

    /// <summary>PostgreSQL (<c>Database=PostgreSql</c>): one database per service, created by the app host.</summary>
    private static (
        Dictionary<string, IResourceBuilder<IResourceWithConnectionString>>,
        IResourceBuilder<IResource>
    ) AddPostgreSql(IDistributedApplicationBuilder builder)
    {
        var postgres = builder.AddPostgres("postgres");
        var databases = Databases.ToDictionary(
            name => name,
            name => (IResourceBuilder<IResourceWithConnectionString>)postgres.AddDatabase(name)
        );
        return (databases, postgres);
    }
}
