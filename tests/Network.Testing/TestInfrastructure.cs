using Network.Testing.Identity;
using Network.Testing.RabbitMq;
using Xunit;

namespace Network.Testing;

/// <summary>
/// The real components a test collection shares: one RabbitMQ broker and one Keycloak-shaped issuer.
/// Tests isolate themselves inside them with a virtual host and databases of their own.
/// </summary>
public sealed class TestInfrastructure : IAsyncLifetime
{
    public const string Collection = "infrastructure";

    public RabbitMqBroker Broker { get; private set; } = null!;

    public KeycloakTestIssuer Issuer { get; private set; } = null!;

    /// <summary>Where the services' key rings go, one folder per settings, all removed at the end.</summary>
    private string KeyRings { get; } =
        Path.Combine(Path.GetTempPath(), "network-test-keys-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        var broker = RabbitMqBroker.StartAsync();
        var issuer = KeycloakTestIssuer.StartAsync();
        Broker = await broker;
        Issuer = await issuer;
    }

    public async Task DisposeAsync()
    {
        if (Issuer is not null)
        {
            await Issuer.DisposeAsync();
        }

        if (Broker is not null)
        {
            await Broker.DisposeAsync();
        }

        if (Directory.Exists(KeyRings))
        {
            Directory.Delete(KeyRings, recursive: true);
        }
    }

    /// <summary>Settings for a service on its own virtual host, with fast retries fit for tests.</summary>
    public async Task<Dictionary<string, string?>> ServiceSettingsAsync()
    {
        var settings = new Dictionary<string, string?>(Issuer.ServiceSettings)
        {
            ["ConnectionStrings:rabbitmq"] = await Broker.CreateVirtualHostAsync(),
            ["Database:Provider"] = Databases.TestDatabase.Provider.ToString(),
            ["Messaging:ImmediateRetries"] = "1",
            ["Messaging:RetryIntervals:0"] = "00:00:00.100",
            ["Messaging:OutboxSweepInterval"] = "00:00:01",
            ["Messaging:OutboxMaxBackoff"] = "00:00:01",
            ["Messaging:PublishTimeout"] = "00:00:03",
            // Outside Development a service with a database refuses to start without one; instances started from
            // the same settings share it, as replicas do.
            ["DataProtection:KeyRingPath"] = Path.Combine(KeyRings, Guid.NewGuid().ToString("N")),
        };
        return settings;
    }
}
