namespace Network.AppHost;

/// <summary>The platform's deployables, wired to the infrastructure with the names operators and deployment files
/// share.</summary>
internal static class NetworkResources
{
    public static void AddNetwork(this IDistributedApplicationBuilder builder, Infrastructure infrastructure)
    {
        // A message published before its consumers have bound their queues reaches no one. So the activity service,
        // which counts every message, starts first; then the services that keep a replica of the partners; then the
        // partners service, which seeds and announces the demo network.
        var activity = builder.AddService<Projects.Network_Activity>("activity", "activitydb", infrastructure);
        var events = builder
            .AddService<Projects.Network_Events>("events", "eventsdb", infrastructure)
            .WaitFor(activity);

        var referrals = builder
            .AddService<Projects.Network_Referrals>("referrals", "referralsdb", infrastructure)
            .WaitFor(activity);
        var equipment = builder
            .AddService<Projects.Network_Equipment>("equipment", "equipmentdb", infrastructure)
            .WaitFor(activity);
        // The partners service manages the members' accounts through Keycloak's admin API, as its service account.
        var partners = builder
            .AddService<Projects.Network_Partners>("partners", "partnersdb", infrastructure)
            .WithEnvironment("Members__ClientSecret", builder.AddParameter("members-client-secret", secret: true))
            .WaitFor(activity)
            .WaitFor(events)
            .WaitFor(referrals)
            .WaitFor(equipment);

        // The portal calls the API through the gateway, as any client does, and the gateway serves the portal at /.
        var portal = builder
            .AddProject<Projects.Network_Portal>("portal", launchProfileName: null)
            .WithHttpEndpoint(name: "http")
            .WithKeycloak(infrastructure)
            .WithEnvironment("Portal__ClientSecret", builder.AddParameter("portal-client-secret", secret: true))
            .WithMemoryBudget()
            .WithHttpHealthCheck("/health");
        var gateway = builder
            .AddProject<Projects.Network_Gateway>("gateway", launchProfileName: null)
            .WithHttpEndpoint(
                port: builder.Configuration.GetValue("Ports:Gateway", 5080),
                name: "http",
                isProxied: false
            )
            .WithReference(portal)
            .WithKeycloak(infrastructure)
            .WithReference(partners)
            .WaitFor(partners)
            .WithReference(events)
            .WaitFor(events)
            .WithReference(referrals)
            .WaitFor(referrals)
            .WithReference(equipment)
            .WaitFor(equipment)
            .WithReference(activity)
            .WaitFor(activity)
            .WithHttpHealthCheck("/health")
            .WithEnvironment(context =>
            {
                // Gateway:Environment:<VARIABLE>=<value> passes settings through (the benchmarks lift rate limits).
                foreach (var setting in builder.Configuration.GetSection("Gateway:Environment").GetChildren())
                {
                    context.EnvironmentVariables[setting.Key] = setting.Value ?? "";
                }
            });
        portal.WithEnvironment("services__gateway__http__0", gateway.GetEndpoint("http"));
    }

    private static IResourceBuilder<ProjectResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        string database,
        Infrastructure infrastructure
    )
        where TProject : IProjectMetadata, new()
    {
        var service = builder
            .AddProject<TProject>(name, launchProfileName: null)
            .WithHttpEndpoint(name: "http")
            .WithReference(infrastructure.Broker)
            .WaitFor(infrastructure.Broker)
            .WithReference(infrastructure.Database(database))
            .WithEnvironment("Database__Provider", infrastructure.DatabaseProvider)
            .WithEnvironment("DataProtection__KeyRingPath", Path.Combine(infrastructure.KeyRings, name))
            .WithEnvironment("Seed__Demo", infrastructure.Seed ? "true" : "false")
            // Local mode's demo data is recreated when a new version of the service changes its schema.
            .WithEnvironment("Database__RecreateOnModelChange", infrastructure.Seed ? "true" : "false")
            .WithKeycloak(infrastructure)
            .WithMemoryBudget()
            .WithHttpHealthCheck("/health")
            // Replicas=N runs N instances of every service on the same database and broker (the resilience tests).
            .WithReplicas(builder.Configuration.GetValue("Replicas", 1))
            .WithMailCatcher(infrastructure.Mail, builder.Configuration);
        foreach (var dependency in infrastructure.WaitFor)
        {
            service.WaitFor(dependency);
        }

        return service;
    }

    /// <summary>
    /// Measured by the benchmarks on two cores: without tiered PGO's instrumented code each service idles about 12 MB
    /// lower and spends less processor time per message in its first minutes; a 4 MB first-generation budget keeps a
    /// loaded service's heap lower. The deployables share one machine, so each one's collected heap gets a budget of
    /// 128 MB (a service's live data stays under 50 MB under the benchmarks' load), as a container's memory limit
    /// would.
    /// </summary>
    private static IResourceBuilder<ProjectResource> WithMemoryBudget(this IResourceBuilder<ProjectResource> project) =>
        project
            .WithEnvironment("DOTNET_TieredPGO", "0")
            .WithEnvironment("DOTNET_GCgen0size", "0x400000")
            .WithEnvironment("DOTNET_GCHeapHardLimit", "0x8000000");

    private static IResourceBuilder<ProjectResource> WithKeycloak(
        this IResourceBuilder<ProjectResource> project,
        Infrastructure infrastructure
    ) =>
        project
            .WithEnvironment("Keycloak__auth-server-url", infrastructure.Identity.GetEndpoint("http"))
            .WithEnvironment("Keycloak__realm", "network")
            .WithEnvironment("Keycloak__Audience", "network-api")
            .WaitFor(infrastructure.Identity);
}
