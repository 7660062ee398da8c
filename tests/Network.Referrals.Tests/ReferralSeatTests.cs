using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Contracts.Events;
using Network.Testing;

namespace Network.Referrals.Tests;

/// <summary>
/// A referral holds a seat only at a published workshop still to come of the structure that receives it: otherwise the
/// resident's name would reach any partner's attendee list.
/// </summary>
public sealed class ReferralSeatTests(TestInfrastructure infrastructure) : ReferralsTest(infrastructure)
{
    [Fact]
    public async Task A_referral_to_another_partners_workshop_or_an_unknown_one_is_400_naming_eventId()
    {
        var thirds = await PublishedEventAsync(organiser: Third);
        var past = await PublishedEventAsync(startsAt: DateTimeOffset.UtcNow.AddHours(-1));
        using var staff = StaffOf(Sender);

        foreach (var eventId in new[] { thirds, past, Guid.NewGuid() })
        {
            var refused = await staff.PostAsJsonAsync("/api/referrals", Body(Receiver, eventId));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True(
                (await refused.Content.ReadFromJsonAsync<JsonElement>())
                    .GetProperty("errors")
                    .TryGetProperty("eventId", out _),
                $"{eventId} is refused naming eventId"
            );
        }

        Assert.Equal(0, (await GetJsonAsync(staff, "/api/referrals")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_workshop_the_receiver_organises_or_co_organises_takes_the_referral()
    {
        var own = await PublishedEventAsync();
        var shared = await PublishedEventAsync(organiser: Third, coOrganisers: [Receiver]);

        foreach (var eventId in new[] { own, shared })
        {
            var id = await SendAsync(eventId);
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(StaffOf(Receiver), id, "accept")).StatusCode);
        }
    }

    [Fact]
    public async Task Acceptance_checks_again_a_workshop_cancelled_or_handed_to_others_since_is_400_naming_eventId()
    {
        var cancelled = await PublishedEventAsync();
        var handedOver = await PublishedEventAsync(organiser: Third, coOrganisers: [Receiver]);
        var first = await SendAsync(cancelled);
        var second = await SendAsync(handedOver);

        await AnnounceEventAsync(new EventCancelled(EventSnapshot(cancelled, Receiver), 0, DateTimeOffset.UtcNow));
        await AnnounceEventAsync(new EventUpdated(EventSnapshot(handedOver, Third), DateTimeOffset.UtcNow));

        foreach (var id in new[] { first, second })
        {
            var refused = await PostAsync(StaffOf(Receiver), id, "accept");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True(
                (await refused.Content.ReadFromJsonAsync<JsonElement>())
                    .GetProperty("errors")
                    .TryGetProperty("eventId", out _)
            );
            Assert.Equal(
                "sent",
                (await GetJsonAsync(StaffOf(Sender), $"/api/referrals/{id}")).GetProperty("status").GetString()
            );
        }
    }
}
