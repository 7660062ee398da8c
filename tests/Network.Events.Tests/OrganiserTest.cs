using System.Net.Http.Json;
using System.Text.Json;
using Network.Contracts.Partners;
using Network.Events.Persistence;
using Network.Testing;
using Network.Testing.Hosting;
using Network.Testing.Identity;
using Network.Testing.RabbitMq;

namespace Network.Events.Tests;

/// <summary>The events service with an active organiser in its replica of partners, as the partners service would
/// announce it.</summary>
public abstract class OrganiserTest(TestInfrastructure infrastructure)
    : ServiceTest<EventsDbContext>(infrastructure, "eventsdb")
{
    protected Guid Organiser { get; } = Guid.CreateVersion7();

    protected Guid OtherPartner { get; } = Guid.CreateVersion7();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var publisher = await TestPublisher.StartAsync(RabbitMq);
        foreach (var partner in new[] { Organiser, OtherPartner })
        {
            await publisher.PublishAsync(
                new PartnerRegistered(
                    new PartnerSnapshot(
                        partner,
                        "Centre social Les Moulins",
                        "centre-social",
                        "active",
                        "06200",
                        "Nice",
                        "06088",
                        43.68,
                        7.2
                    ),
                    DateTimeOffset.UtcNow
                ),
                Guid.NewGuid()
            );
        }

        await Eventually.AssertAsync(
            () =>
                Service.WithScopeAsync<EventsDbContext, bool>(async db =>
                    await db.Partners.FindAsync(Organiser) is not null
                    && await db.Partners.FindAsync(OtherPartner) is not null
                ),
            "the organisers are in the replica"
        );
    }

    protected HttpClient StaffOf(Guid partner) =>
        Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Staff(partner)));

    protected HttpClient Anonymous() => Service.CreateClient(token: null);

    /// <summary>A published event of <see cref="Organiser"/>, tomorrow unless <paramref name="startsIn"/> says
    /// otherwise, with <paramref name="capacity"/> seats.</summary>
    protected async Task<Guid> PublishedEventAsync(int? capacity, TimeSpan? startsIn = null)
    {
        using var staff = StaffOf(Organiser);
        var created = await staff.PostAsJsonAsync("/api/events", EventBody(capacity, startsIn));
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await staff.PostAsync(new Uri($"/api/events/{id}/publish", UriKind.Relative), null)).EnsureSuccessStatusCode();
        return id;
    }

    protected static object EventBody(int? capacity, TimeSpan? startsIn = null) =>
        new
        {
            title = "Café IA : l'intelligence artificielle et nous",
            description = "Un débat ouvert à tous, sans prérequis.",
            category = "cafe-ia",
            audiences = new[] { "seniors" },
            startsAt = DateTimeOffset.UtcNow + (startsIn ?? TimeSpan.FromDays(1)),
            endsAt = DateTimeOffset.UtcNow + (startsIn ?? TimeSpan.FromDays(1)) + TimeSpan.FromHours(2),
            location = new
            {
                name = "Centre social Les Moulins",
                street = "5 boulevard Paul Montel",
                postalCode = "06200",
                commune = "Nice",
            },
            capacity,
        };
}
