using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Contracts.Events;
using Network.Contracts.Partners;
using Network.Events.Persistence;
using Network.Testing;
using Network.Testing.RabbitMq;

namespace Network.Events.Tests;

/// <summary>What the events service tells the network: counts, ids, places and times; never a resident's name or
/// contact.</summary>
public sealed class EventMessagesTests(TestInfrastructure infrastructure) : OrganiserTest(infrastructure)
{
    private static readonly string[] PersonalData =
    [
        "Awa",
        "Diallo",
        "awa.diallo",
        "Louis",
        "12 34 56 78",
        "0612345678",
    ];

    [Fact]
    public async Task Publishing_and_registering_are_announced_without_personal_data()
    {
        await using var published = await MessageProbe.StartAsync<EventPublished>(RabbitMq);
        await using var confirmed = await MessageProbe.StartAsync<RegistrationConfirmed>(RabbitMq);
        await using var waitlisted = await MessageProbe.StartAsync<RegistrationWaitlisted>(RabbitMq);
        await using var promotedProbe = await MessageProbe.StartAsync<WaitlistPromoted>(RabbitMq);

        var eventId = await PublishedEventAsync(capacity: 1);
        var first = await (
            await Anonymous()
                .PostAsJsonAsync(
                    $"/api/events/{eventId}/registrations",
                    new
                    {
                        firstName = "Awa",
                        lastName = "Diallo",
                        email = "awa.diallo@example.org",
                    }
                )
        ).Content.ReadFromJsonAsync<JsonElement>();
        await Anonymous()
            .PostAsJsonAsync(
                $"/api/events/{eventId}/registrations",
                new { firstName = "Louis", phone = "06 12 34 56 78" }
            );
        var token = first.GetProperty("cancellationToken").GetString();
        Assert.Equal(
            HttpStatusCode.NoContent,
            (
                await Anonymous()
                    .DeleteAsync(
                        new Uri(
                            $"/api/events/{eventId}/registrations/{first.GetProperty("id").GetGuid()}?token={token}",
                            UriKind.Relative
                        )
                    )
            ).StatusCode
        );

        await Eventually.AssertAsync(
            () =>
                Task.FromResult(
                    published.Deliveries.Count == 1
                        && confirmed.Deliveries.Count == 1
                        && waitlisted.Deliveries.Count == 1
                        && promotedProbe.Deliveries.Count == 1
                ),
            "the facts are published"
        );
        var bodies = new[] { published, confirmed, waitlisted, promotedProbe }
            .SelectMany(probe => probe.Deliveries)
            .Select(delivery => delivery.Text)
            .ToList();
        Assert.All(bodies, body =>
        {
            Assert.Contains(eventId.ToString(), body, StringComparison.Ordinal);
            foreach (var personal in PersonalData)
            {
                Assert.DoesNotContain(personal, body, StringComparison.OrdinalIgnoreCase);
            }
        });
    }

    [Fact]
    public async Task A_suspended_organiser_publishes_nothing_new()
    {
        using var staff = StaffOf(Organiser);
        var draft = await (
            await staff.PostAsJsonAsync("/api/events", EventBody(10))
        ).Content.ReadFromJsonAsync<JsonElement>();
        await using (var publisher = await TestPublisher.StartAsync(RabbitMq))
        {
            await publisher.PublishAsync(
                new PartnerSuspended(
                    new PartnerSnapshot(
                        Organiser,
                        "Centre social Les Moulins",
                        "centre-social",
                        "suspended",
                        "06200",
                        "Nice",
                        "06088",
                        43.68,
                        7.2
                    ),
                    DateTimeOffset.UtcNow.AddSeconds(1)
                ),
                Guid.NewGuid()
            );
        }

        await Eventually.AssertAsync(
            () =>
                Service.WithScopeAsync<EventsDbContext, bool>(async db =>
                    (await db.Partners.FindAsync(Organiser))?.Status == "suspended"
                ),
            "the suspension reaches the replica"
        );

        var publish = await staff.PostAsync(
            new Uri($"/api/events/{draft.GetProperty("id").GetGuid()}/publish", UriKind.Relative),
            null
        );
        Assert.Equal(HttpStatusCode.Conflict, publish.StatusCode);
        Assert.Contains("suspendue", await publish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync("/api/events", EventBody(10))).StatusCode);
    }

    [Fact]
    public async Task When_the_organiser_is_archived_its_upcoming_events_are_cancelled()
    {
        await using var cancelled = await MessageProbe.StartAsync<EventCancelled>(RabbitMq);
        var eventId = await PublishedEventAsync(capacity: 10);
        await using (var publisher = await TestPublisher.StartAsync(RabbitMq))
        {
            await publisher.PublishAsync(
                new PartnerArchived(
                    new PartnerSnapshot(
                        Organiser,
                        "Centre social Les Moulins",
                        "centre-social",
                        "archived",
                        "06200",
                        "Nice",
                        "06088",
                        43.68,
                        7.2
                    ),
                    DateTimeOffset.UtcNow.AddSeconds(1)
                ),
                Guid.NewGuid()
            );
        }

        await Eventually.AssertAsync(
            async () =>
                (await Anonymous().GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{eventId}", UriKind.Relative)))
                    .GetProperty("status")
                    .GetString() == "cancelled",
            "the upcoming event is cancelled"
        );
        await Eventually.AssertAsync(
            () => Task.FromResult(cancelled.Deliveries.Count == 1),
            "EventCancelled is published"
        );
    }
}
