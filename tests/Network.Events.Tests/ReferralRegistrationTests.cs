using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Network.Contracts.Events;
using Network.Contracts.Referrals;
using Network.Events.Persistence;
using Network.Testing;
using Network.Testing.RabbitMq;

namespace Network.Events.Tests;

/// <summary>The referrals service's command, over the real broker: registered, waitlisted when full, refused when the
/// event cannot take anyone.</summary>
public sealed class ReferralRegistrationTests(TestInfrastructure infrastructure) : OrganiserTest(infrastructure)
{
    [Fact]
    public async Task A_referred_resident_is_registered_waitlisted_or_refused_and_a_repeated_command_changes_nothing()
    {
        await using var confirmed = await MessageProbe.StartAsync<ReferralRegistrationConfirmed>(RabbitMq);
        await using var waitlisted = await MessageProbe.StartAsync<ReferralRegistrationWaitlisted>(RabbitMq);
        await using var refused = await MessageProbe.StartAsync<ReferralRegistrationRefused>(RabbitMq);
        await using var sender = await TestPublisher.StartAsync(RabbitMq);
        var eventId = await PublishedEventAsync(capacity: 1);
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());

        // The same command twice (a redelivery, or a retry of the sender): one registration, the same answer twice.
        var command = new RegisterResidentForEvent(first, eventId, "Awa", "D.", 1, DateTimeOffset.UtcNow);
        await sender.SendAsync(RegisterResidentForEvent.Queue, command, Guid.NewGuid());
        await sender.SendAsync(RegisterResidentForEvent.Queue, command, Guid.NewGuid());
        await Eventually.AssertAsync(
            () => Task.FromResult(confirmed.Deliveries.Count == 2),
            "both deliveries of the command are answered"
        );

        // The only seat is taken: the next resident waits; an unknown event refuses.
        await sender.SendAsync(
            RegisterResidentForEvent.Queue,
            new RegisterResidentForEvent(second, eventId, "Louis", null, 1, DateTimeOffset.UtcNow),
            Guid.NewGuid()
        );
        await sender.SendAsync(
            RegisterResidentForEvent.Queue,
            new RegisterResidentForEvent(Guid.NewGuid(), Guid.NewGuid(), "Inès", null, 1, DateTimeOffset.UtcNow),
            Guid.NewGuid()
        );
        await Eventually.AssertAsync(
            () => Task.FromResult(waitlisted.Deliveries.Count == 1 && refused.Deliveries.Count == 1),
            "the other commands are answered"
        );
        Assert.Equal(2, confirmed.Deliveries.Count);
        Assert.All(confirmed.Deliveries, delivery =>
            Assert.Contains(first.ToString(), delivery.Text, StringComparison.Ordinal)
        );
        Assert.Contains(second.ToString(), waitlisted.Deliveries.Single().Text, StringComparison.Ordinal);

        // The attendee list shows a referred resident as the referral's lists do, and points to the referral for the
        // rest.
        var attendees = await StaffOf(Organiser)
            .GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{eventId}/registrations", UriKind.Relative));
        Assert.Equal(
            ["confirmed", "waitlisted"],
            attendees.EnumerateArray().Select(r => r.GetProperty("status").GetString())
        );
        var awa = attendees[0];
        Assert.Equal(
            ("Awa", "D.", first),
            (
                awa.GetProperty("firstName").GetString(),
                awa.GetProperty("lastName").GetString(),
                awa.GetProperty("referralId").GetGuid()
            )
        );
        Assert.Equal(JsonValueKind.Null, awa.GetProperty("email").ValueKind);
        Assert.Equal(JsonValueKind.Null, awa.GetProperty("phone").ValueKind);
    }

    [Fact]
    public async Task Erasing_a_referral_wipes_the_resident_from_the_registration_it_made_and_leaves_the_seats()
    {
        await using var confirmed = await MessageProbe.StartAsync<ReferralRegistrationConfirmed>(RabbitMq);
        await using var sender = await TestPublisher.StartAsync(RabbitMq);
        var eventId = await PublishedEventAsync(capacity: 5);
        var (erased, kept) = (Guid.NewGuid(), Guid.NewGuid());
        await sender.SendAsync(
            RegisterResidentForEvent.Queue,
            new RegisterResidentForEvent(erased, eventId, "Odile", "M.", 2, DateTimeOffset.UtcNow),
            Guid.NewGuid()
        );
        await sender.SendAsync(
            RegisterResidentForEvent.Queue,
            new RegisterResidentForEvent(kept, eventId, "Marius", "P.", 1, DateTimeOffset.UtcNow),
            Guid.NewGuid()
        );
        await Eventually.AssertAsync(
            () => Task.FromResult(confirmed.Deliveries.Count == 2),
            "both residents are registered"
        );

        var erasure = new ReferralErased(erased, Guid.NewGuid(), Organiser, "consent-withdrawn", DateTimeOffset.UtcNow);
        await sender.PublishAsync(erasure, Guid.NewGuid());

        var organiser = StaffOf(Organiser);
        await Eventually.AssertAsync(
            async () =>
                (
                    await organiser.GetStringAsync(new Uri($"/api/events/{eventId}/registrations", UriKind.Relative))
                ).Contains("données effacées", StringComparison.Ordinal),
            "the erased resident's registration is anonymous"
        );
        var attendees = await organiser.GetStringAsync(
            new Uri($"/api/events/{eventId}/registrations", UriKind.Relative)
        );
        Assert.DoesNotContain("Odile", attendees, StringComparison.Ordinal);
        Assert.DoesNotContain("odile@example.org", attendees, StringComparison.Ordinal);
        Assert.DoesNotContain("0611223344", attendees, StringComparison.Ordinal);
        Assert.Contains("Marius", attendees, StringComparison.Ordinal);
        var seats = JsonDocument
            .Parse(attendees)
            .RootElement.EnumerateArray()
            .Sum(r => r.GetProperty("seats").GetInt32());
        Assert.Equal(3, seats);
    }

    [Fact]
    public async Task A_command_delivered_after_its_referral_was_erased_registers_nobody_however_often_it_comes_back()
    {
        await using var refused = await MessageProbe.StartAsync<ReferralRegistrationRefused>(RabbitMq);
        await using var confirmed = await MessageProbe.StartAsync<ReferralRegistrationConfirmed>(RabbitMq);
        await using var sender = await TestPublisher.StartAsync(RabbitMq);
        var eventId = await PublishedEventAsync(capacity: 5);
        var referral = Guid.NewGuid();

        // The erasure overtook the command (the command waited in the sender's outbox, was retried, or is re-driven
        // from the error queue).
        await sender.PublishAsync(
            new ReferralErased(referral, Guid.NewGuid(), Organiser, "request", DateTimeOffset.UtcNow),
            Guid.NewGuid()
        );
        await Eventually.AssertAsync(
            () =>
                Service.WithScopeAsync<EventsDbContext, bool>(db =>
                    db.InboxMessages.AnyAsync(m => m.Consumer == "ReferralErasedConsumer")
                ),
            "the erasure is handled"
        );
        var command = new RegisterResidentForEvent(referral, eventId, "Odile", "M.", 2, DateTimeOffset.UtcNow);
        await sender.SendAsync(RegisterResidentForEvent.Queue, command, Guid.NewGuid());
        await sender.SendAsync(RegisterResidentForEvent.Queue, command, Guid.NewGuid());

        await Eventually.AssertAsync(
            () => Task.FromResult(refused.Deliveries.Count == 2),
            "both deliveries are refused"
        );
        Assert.All(refused.Deliveries, delivery =>
            Assert.Contains("\"erased\"", delivery.Text, StringComparison.Ordinal)
        );
        Assert.Empty(confirmed.Deliveries);
        var attendees = await StaffOf(Organiser)
            .GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{eventId}/registrations", UriKind.Relative));
        Assert.Equal(0, attendees.GetArrayLength());
        Assert.Equal(
            0,
            (await Anonymous().GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{eventId}", UriKind.Relative)))
                .GetProperty("seatsTaken")
                .GetInt32()
        );
    }
}
