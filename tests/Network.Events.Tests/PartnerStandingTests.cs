using System.Net;
using System.Net.Http.Json;
using Network.Contracts.Partners;
using Network.Events.Persistence;
using Network.Testing;
using Network.Testing.RabbitMq;

namespace Network.Events.Tests;

/// <summary>An organiser put on hold reads its attendee lists and records nothing (403); one that left reads none
/// (404).</summary>
public sealed class PartnerStandingTests(TestInfrastructure infrastructure) : OrganiserTest(infrastructure)
{
    [Fact]
    public async Task A_suspended_organiser_reads_its_attendee_list_and_records_no_attendance()
    {
        var eventId = await PublishedEventAsync(capacity: 10);
        await ChangeAsync(new PartnerSuspended(Snapshot("suspended"), DateTimeOffset.UtcNow), "suspended");

        using var staff = StaffOf(Organiser);
        Assert.Equal(
            HttpStatusCode.OK,
            (await staff.GetAsync(new Uri($"/api/events/{eventId}/registrations", UriKind.Relative))).StatusCode
        );
        var recorded = await staff.PostAsJsonAsync(
            $"/api/events/{eventId}/attendance",
            new { present = Array.Empty<Guid>(), walkIns = 1 }
        );
        Assert.Equal(HttpStatusCode.Forbidden, recorded.StatusCode);
    }

    [Fact]
    public async Task An_archived_organiser_reaches_no_attendee_list()
    {
        var eventId = await PublishedEventAsync(capacity: 10);
        await ChangeAsync(new PartnerArchived(Snapshot("archived"), DateTimeOffset.UtcNow), "archived");

        using var staff = StaffOf(Organiser);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await staff.GetAsync(new Uri($"/api/events/{eventId}/registrations", UriKind.Relative))).StatusCode
        );
        var recorded = await staff.PostAsJsonAsync(
            $"/api/events/{eventId}/attendance",
            new { present = Array.Empty<Guid>(), walkIns = 1 }
        );
        Assert.Equal(HttpStatusCode.NotFound, recorded.StatusCode);
    }

    private PartnerSnapshot Snapshot(string status) =>
        new(Organiser, "Centre social Les Moulins", "centre-social", status, "06200", "Nice", "06088", 43.68, 7.2);

    private async Task ChangeAsync<TMessage>(TMessage message, string status)
        where TMessage : class
    {
        await using (var publisher = await TestPublisher.StartAsync(RabbitMq))
        {
            await publisher.PublishAsync(message, Guid.NewGuid());
        }

        await Eventually.AssertAsync(
            () =>
                Service.WithScopeAsync<EventsDbContext, bool>(async db =>
                    (await db.Partners.FindAsync(Organiser))!.Status == status
                ),
            $"the replica knows the organiser is {status}"
        );
    }
}
