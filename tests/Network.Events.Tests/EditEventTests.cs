using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Network.Contracts.Events;
using Network.Testing;
using Network.Testing.RabbitMq;

namespace Network.Events.Tests;

/// <summary>Editing an event: no lost update, no capacity below what is promised, more seats for the waitlist, moves
/// announced.</summary>
public sealed class EditEventTests(TestInfrastructure infrastructure) : OrganiserTest(infrastructure)
{
    [Fact]
    public async Task More_seats_promote_the_waitlist_and_a_move_in_time_is_announced()
    {
        await using var rescheduled = await MessageProbe.StartAsync<EventRescheduled>(RabbitMq);
        var eventId = await PublishedEventAsync(capacity: 1);
        await Anonymous().PostAsJsonAsync($"/api/events/{eventId}/registrations", new { firstName = "Awa" });
        var waiting = await (
            await Anonymous().PostAsJsonAsync($"/api/events/{eventId}/registrations", new { firstName = "Louis" })
        ).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("waitlisted", waiting.GetProperty("status").GetString());
        using var staff = StaffOf(Organiser);
        var etag = (await staff.GetAsync(new Uri($"/api/events/{eventId}", UriKind.Relative))).Headers.ETag!.Tag;

        var body = JsonSerializer.SerializeToNode(EventBody(capacity: 2))!.AsObject();
        body["startsAt"] = DateTimeOffset.UtcNow.AddDays(2);
        body["endsAt"] = DateTimeOffset.UtcNow.AddDays(2).AddHours(2);
        using var update = new HttpRequestMessage(HttpMethod.Put, $"/api/events/{eventId}")
        {
            Content = JsonContent.Create(body),
        };
        update.Headers.IfMatch.ParseAdd(etag);
        var updated = await staff.SendAsync(update);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var detail = await updated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, detail.GetProperty("seatsTaken").GetInt32());
        Assert.Equal(0, detail.GetProperty("waitlistLength").GetInt32());
        await Eventually.AssertAsync(
            () => Task.FromResult(rescheduled.Deliveries.Count == 1),
            "EventRescheduled is published"
        );

        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/events/{eventId}")
        {
            Content = JsonContent.Create(body),
        };
        stale.Headers.IfMatch.ParseAdd(etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await staff.SendAsync(stale)).StatusCode);

        var shrink = await staff.PutAsJsonAsync($"/api/events/{eventId}", EventBody(capacity: 1));
        Assert.Equal(HttpStatusCode.BadRequest, shrink.StatusCode);
        Assert.True(
            (await shrink.Content.ReadFromJsonAsync<JsonElement>())
                .GetProperty("errors")
                .TryGetProperty("capacity", out _)
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await StaffOf(OtherPartner).PutAsJsonAsync($"/api/events/{eventId}", EventBody(capacity: 5))).StatusCode
        );
    }

    [Fact]
    public async Task A_published_events_new_co_organiser_is_announced_and_an_unchanged_save_announces_nothing()
    {
        await using var updates = await MessageProbe.StartAsync<EventUpdated>(RabbitMq);
        var eventId = await PublishedEventAsync(capacity: 10);
        using var staff = StaffOf(Organiser);
        var body = JsonSerializer.SerializeToNode(EventBody(capacity: 10))!.AsObject();
        var (startsAt, endsAt) = await TimesAsync(eventId);
        body["startsAt"] = startsAt;
        body["endsAt"] = endsAt;

        Assert.Equal(HttpStatusCode.OK, (await staff.PutAsJsonAsync($"/api/events/{eventId}", body)).StatusCode);
        body["coOrganiserIds"] = new JsonArray(OtherPartner.ToString());
        Assert.Equal(HttpStatusCode.OK, (await staff.PutAsJsonAsync($"/api/events/{eventId}", body)).StatusCode);

        await Eventually.AssertAsync(
            () => Task.FromResult(updates.Deliveries.Count == 1),
            "one EventUpdated is published"
        );
        Assert.Contains(OtherPartner.ToString(), updates.Deliveries.Single().Text, StringComparison.Ordinal);
    }

    private async Task<(string StartsAt, string EndsAt)> TimesAsync(Guid eventId)
    {
        var e = await Anonymous().GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{eventId}", UriKind.Relative));
        return (e.GetProperty("startsAt").GetString()!, e.GetProperty("endsAt").GetString()!);
    }
}
