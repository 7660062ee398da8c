using Network.Events.Domain;
using Network.Events.Persistence;
using Network.Testing;
using Network.Testing.Databases;
using Network.Testing.Hosting;

namespace Network.Events.Tests;

/// <summary>A test class with an events service of its own, on its own virtual host and database.</summary>
[Collection(TestInfrastructure.Collection)]
public abstract class EventsServiceTest(TestInfrastructure infrastructure) : IAsyncLifetime
{
    protected TestInfrastructure Infrastructure { get; } = infrastructure;

    protected ServiceFactory<EventsDbContext> Events { get; private set; } = null!;

    protected Dictionary<string, string?> Settings { get; private set; } = [];

    protected string RabbitMq => Settings["ConnectionStrings:rabbitmq"]!;

    public virtual async Task InitializeAsync()
    {
        Settings = await Infrastructure.ServiceSettingsAsync();
        Settings["ConnectionStrings:eventsdb"] = await TestDatabase.CreateAsync("events");
        Events = new ServiceFactory<EventsDbContext>(Settings);
        await Events.StartAsync();
    }

    public virtual async Task DisposeAsync() => await Events.DisposeAsync();

    protected Task<PartnerReplica?> ReplicaAsync(Guid partnerId)
        => Events.WithScopeAsync<EventsDbContext, PartnerReplica?>(async db => await db.Partners.FindAsync(partnerId));
}
