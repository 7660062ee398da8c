using Network.Partners.Persistence;
using Network.Testing;
using Network.Testing.Databases;
using Network.Testing.Hosting;

namespace Network.Partners.Tests;

/// <summary>A test class with a partners service of its own, on its own virtual host and database.</summary>
[Collection(TestInfrastructure.Collection)]
public abstract class PartnersServiceTest(TestInfrastructure infrastructure) : IAsyncLifetime
{
    protected TestInfrastructure Infrastructure { get; } = infrastructure;

    protected ServiceFactory<PartnersDbContext> Partners { get; private set; } = null!;

    protected string RabbitMq { get; private set; } = "";

    protected IReadOnlyDictionary<string, string?> Settings { get; private set; } = new Dictionary<string, string?>();

    /// <summary>Adjusts the service's settings before it starts.</summary>
    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    public async Task InitializeAsync()
    {
        var settings = await Infrastructure.ServiceSettingsAsync();
        settings["ConnectionStrings:partnersdb"] = await TestDatabase.CreateAsync("partners");
        RabbitMq = settings["ConnectionStrings:rabbitmq"]!;
        Configure(settings);
        Settings = settings;
        Partners = new ServiceFactory<PartnersDbContext>(settings);
        await Partners.StartAsync();
    }

    public async Task DisposeAsync() => await Partners.DisposeAsync();
}
