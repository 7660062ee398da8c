using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Network.Contracts.Events;
using Network.Contracts.Partners;
using Network.Referrals.Persistence;
using Network.Testing;
using Network.Testing.Hosting;
using Network.Testing.Identity;
using Network.Testing.RabbitMq;

namespace Network.Referrals.Tests;

/// <summary>
/// The referrals service with four partners in its replica, as the partners service would announce them: a
/// sender, a receiver, a third partner, all active, and a suspended one.
/// </summary>
public abstract class ReferralsTest(TestInfrastructure infrastructure)
    : ServiceTest<ReferralsDbContext>(infrastructure, "referralsdb")
{
    protected Guid Sender { get; } = Guid.CreateVersion7();

    protected Guid Receiver { get; } = Guid.CreateVersion7();

    protected Guid Third { get; } = Guid.CreateVersion7();

    protected Guid Suspended { get; } = Guid.CreateVersion7();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var publisher = await TestPublisher.StartAsync(RabbitMq);
        foreach (
            var (partner, status) in new[]
            {
                (Sender, "active"),
                (Receiver, "active"),
                (Third, "active"),
                (Suspended, "suspended"),
            }
        )
        {
            await AnnounceAsync(publisher, partner, status);
        }

        await Eventually.AssertAsync(
            () => Service.WithScopeAsync<ReferralsDbContext, bool>(async db => db.Partners.Count() == 4),
            "the partners are in the replica"
        );
    }

    protected static Task AnnounceAsync(TestPublisher publisher, Guid partner, string status)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        var snapshot = new PartnerSnapshot(
            partner,
            "Centre social Les Moulins",
            "centre-social",
            status,
            "06200",
            "Nice",
            "06088",
            43.68,
            7.2
        );
        return status switch
        {
            "suspended" => publisher.PublishAsync(
                new PartnerSuspended(snapshot, DateTimeOffset.UtcNow),
                Guid.NewGuid()
            ),
            "archived" => publisher.PublishAsync(new PartnerArchived(snapshot, DateTimeOffset.UtcNow), Guid.NewGuid()),
            _ => publisher.PublishAsync(new PartnerRegistered(snapshot, DateTimeOffset.UtcNow), Guid.NewGuid()),
        };
    }

    /// <summary>
    /// An event the events service announces as published, organised by <paramref name="organiser"/> (the receiver by
    /// default), starting tomorrow; its id once the replica knows it.
    /// </summary>
    protected async Task<Guid> PublishedEventAsync(
        Guid? organiser = null,
        IReadOnlyList<Guid>? coOrganisers = null,
        DateTimeOffset? startsAt = null
    )
    {
        var snapshot = EventSnapshot(Guid.CreateVersion7(), organiser ?? Receiver, coOrganisers, startsAt);
        await AnnounceEventAsync(new EventPublished(snapshot, DateTimeOffset.UtcNow));
        return snapshot.EventId;
    }

    protected static EventSnapshot EventSnapshot(
        Guid eventId,
        Guid organiser,
        IReadOnlyList<Guid>? coOrganisers = null,
        DateTimeOffset? startsAt = null
    )
    {
        var starts = startsAt ?? DateTimeOffset.UtcNow.AddDays(1);
        return new EventSnapshot(
            eventId,
            organiser,
            coOrganisers ?? [],
            "atelier-numerique",
            "06200",
            "Nice",
            starts,
            starts.AddHours(2),
            12
        );
    }

    /// <summary>Publishes a fact of the events service and waits until the replica has applied it.</summary>
    protected async Task AnnounceEventAsync<TMessage>(TMessage message)
        where TMessage : class
    {
        var messageId = Guid.NewGuid();
        await using (var publisher = await TestPublisher.StartAsync(RabbitMq))
        {
            await publisher.PublishAsync(message, messageId);
        }

        await Eventually.AssertAsync(
            () =>
                Service.WithScopeAsync<ReferralsDbContext, bool>(db =>
                    db.InboxMessages.AnyAsync(m => m.MessageId == messageId)
                ),
            $"the replica of the events has applied {typeof(TMessage).Name}"
        );
    }

    protected HttpClient StaffOf(Guid partner) =>
        Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Staff(partner)));

    protected HttpClient AdminOf(Guid partner) =>
        Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Admin(partner)));

    protected HttpClient Coordinator() => Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Coordinator()));

    protected HttpClient Anonymous() => Service.CreateClient(token: null);

    /// <summary>A referral from <see cref="Sender"/> to <see cref="Receiver"/> for <see cref="Resident"/>; its
    /// id.</summary>
    protected async Task<Guid> SendAsync(Guid? eventId = null)
    {
        using var staff = StaffOf(Sender);
        var response = await staff.PostAsJsonAsync("/api/referrals", Body(Receiver, eventId));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    protected static async Task<HttpResponseMessage> PostAsync(
        HttpClient client,
        Guid id,
        string action,
        object? body = null
    )
    {
        ArgumentNullException.ThrowIfNull(client);
        return await client.PostAsJsonAsync($"/api/referrals/{id}/{action}", body ?? new { });
    }

    protected static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        return await client.GetFromJsonAsync<JsonElement>(new Uri(path, UriKind.Relative));
    }

    protected static object Body(Guid to, Guid? eventId = null) =>
        new
        {
            toPartnerId = to,
            resident = new
            {
                firstName = Resident.FirstName,
                lastName = Resident.LastName,
                phone = Resident.Phone,
                email = Resident.Email,
                birthYear = Resident.BirthYear,
                commune = "Nice",
            },
            needs = new[] { "demarches-caf", "smartphone" },
            note = Resident.Note,
            urgency = "urgent",
            consent = new { method = "oral", obtainedAt = DateTimeOffset.UtcNow.AddMinutes(-10) },
            eventId,
        };
}
