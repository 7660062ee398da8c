using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Events.Persistence;
using Network.Partners.Persistence;
using Network.ServiceDefaults.Replicas;
using Network.Testing;
using Network.Testing.Databases;
using Network.Testing.Hosting;
using Network.Testing.Identity;

namespace Network.Events.Tests;

/// <summary>The plumbing end to end: a partner created in the partners service reaches the events service's
/// replica.</summary>
public sealed class PartnersToEventsSliceTests(TestInfrastructure infrastructure)
    : ServiceTest<EventsDbContext>(infrastructure, "eventsdb")
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

        var response = await coordinator.PostAsJsonAsync(
            "/api/partners",
            new
            {
                name = "France Services de Cagnes-sur-Mer",
                kind = "france-services",
                address = new
                {
                    street = "1 place de Gaulle",
                    postalCode = "06800",
                    commune = "Cagnes-sur-Mer",
                },
            }
        );
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var partnerId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await Eventually.AssertAsync(
            async () => await ReplicaAsync(partnerId) is not null,
            "the events service knows the new partner"
        );
        var replica = (await ReplicaAsync(partnerId))!;
        Assert.Equal("Cagnes-sur-Mer", replica.Commune);
        Assert.True(replica.IsActive);
    }

    [Fact]
    public async Task Every_lifecycle_message_reaches_the_events_replica()
    {
        var token = Infrastructure.Issuer.TokenFor(TestUser.Coordinator());
        using var coordinator = PartnersService.CreateClient(token);
        using var newcomer = PartnersService.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Newcomer()));
        var applied = await newcomer.PostAsJsonAsync(
            "/api/partners",
            new
            {
                name = "Maison de quartier de l'Ariane",
                kind = "maison-de-quartier",
                address = new
                {
                    street = "1 rue de l'Ariane",
                    postalCode = "06300",
                    commune = "Nice",
                    latitude = 43.7310,
                    longitude = 7.2960,
                },
            }
        );
        var partnerId = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await ExpectReplicaAsync(
            partnerId,
            replica => replica.Status == "pending" && replica.Latitude == 43.7310,
            "PartnerRegistered"
        );

        Assert.Equal(
            HttpStatusCode.OK,
            (
                await coordinator.PostAsync(new Uri($"/api/partners/{partnerId}/approve", UriKind.Relative), null)
            ).StatusCode
        );
        await ExpectReplicaAsync(partnerId, replica => replica.Status == "active", "PartnerApproved");

        var update = await coordinator.PutAsJsonAsync(
            $"/api/partners/{partnerId}",
            new
            {
                name = "Maison des habitants de l'Ariane",
                kind = "maison-de-quartier",
                address = new
                {
                    street = "1 rue de l'Ariane",
                    postalCode = "06300",
                    commune = "Nice",
                },
            }
        );
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        await ExpectReplicaAsync(
            partnerId,
            replica => replica.Name == "Maison des habitants de l'Ariane",
            "PartnerProfileUpdated"
        );

        Assert.Equal(
            HttpStatusCode.OK,
            (
                await coordinator.PostAsJsonAsync($"/api/partners/{partnerId}/suspend", new { reason = "Travaux." })
            ).StatusCode
        );
        await ExpectReplicaAsync(partnerId, replica => replica.Status == "suspended", "PartnerSuspended");

        Assert.Equal(
            HttpStatusCode.OK,
            (
                await coordinator.PostAsync(new Uri($"/api/partners/{partnerId}/reactivate", UriKind.Relative), null)
            ).StatusCode
        );
        await ExpectReplicaAsync(partnerId, replica => replica.Status == "active", "PartnerReactivated");

        Assert.Equal(
            HttpStatusCode.OK,
            (await coordinator.PostAsJsonAsync($"/api/partners/{partnerId}/archive", new { })).StatusCode
        );
        await ExpectReplicaAsync(partnerId, replica => replica.Status == "archived", "PartnerArchived");
    }

    private Task ExpectReplicaAsync(Guid partnerId, Func<PartnerReplica, bool> condition, string message) =>
        Eventually.AssertAsync(
            async () => await ReplicaAsync(partnerId) is { } replica && condition(replica),
            $"{message} reaches the replica"
        );

    private Task<PartnerReplica?> ReplicaAsync(Guid partnerId) =>
        Service.WithScopeAsync<EventsDbContext, PartnerReplica?>(async db => await db.Partners.FindAsync(partnerId));
}
