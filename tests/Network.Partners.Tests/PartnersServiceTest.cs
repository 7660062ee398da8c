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

    public async Task InitializeAsync()
    {
        var settings = await Infrastructure.ServiceSettingsAsync();
        settings["ConnectionStrings:partnersdb"] = await TestDatabase.CreateAsync("partners");
        RabbitMq = settings["ConnectionStrings:rabbitmq"]!;
        Partners = new ServiceFactory<PartnersDbContext>(settings);
        await Partners.StartAsync();
    }

    public async Task DisposeAsync() => await Partners.DisposeAsync();
}
