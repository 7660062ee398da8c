using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Partners.Persistence;
using Network.ServiceDefaults.Replicas;
using Network.Events.Persistence;
using Network.Testing;
using Network.Testing.Databases;
using Network.Testing.Hosting;
using Network.Testing.Identity;

namespace Network.Events.Tests;

/// <summary>The plumbing end to end: a partner created in the partners service reaches the events service's replica.</summary>
public sealed class PartnersToEventsSliceTests(TestInfrastructure infrastructure) : ServiceTest<EventsDbContext>(infrastructure, "eventsdb")
{
    private ServiceFactory<PartnersDbContext> PartnersService { get; set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var settings = new Dictionary<string, string?>(Settings)
        {
            ["ConnectionStrings:partnersdb"] = await TestDatabase.CreateAsync("partners"),
        };
        PartnersService = new ServiceFactory<PartnersDbContext>(settings);
        await PartnersService.StartAsync();
    }

    public override async Task DisposeAsync()
    {
        await PartnersService.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task A_partner_created_by_the_coordinator_reaches_the_events_replica()
    {
        using var coordinator = PartnersService.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Coordinator()));

        var response = await coordinator.PostAsJsonAsync("/api/partners", new
        {
            name = "France Services de Cagnes-sur-Mer",
            kind = "france-services",
            address = new { street = "1 place de Gaulle", postalCode = "06800", commune = "Cagnes-sur-Mer" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var partnerId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await Eventually.AssertAsync(async () => await ReplicaAsync(partnerId) is not null, "the events service knows the new partner");
        var replica = (await ReplicaAsync(partnerId))!;
        Assert.Equal("Cagnes-sur-Mer", replica.Commune);
        Assert.True(replica.IsActive);
    }

    private Task<PartnerReplica?> ReplicaAsync(Guid partnerId)
        => Service.WithScopeAsync<EventsDbContext, PartnerReplica?>(async db => await db.Partners.FindAsync(partnerId));
}
