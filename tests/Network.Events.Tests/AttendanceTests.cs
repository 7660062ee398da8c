using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Network.Contracts.Events;
using Network.Testing;
using Network.Testing.RabbitMq;

namespace Network.Events.Tests;

/// <summary>After the start the organiser records who came; after the end the event completes, on the service's
/// clock.</summary>
public sealed class AttendanceTests(TestInfrastructure infrastructure) : OrganiserTest(infrastructure)
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public async Task Attendance_counts_the_present_the_no_shows_and_walk_ins_then_the_event_completes()
    {
        await using var attendance = await MessageProbe.StartAsync<AttendanceRecorded>(RabbitMq);
        await using var completed = await MessageProbe.StartAsync<EventCompleted>(RabbitMq);
        var eventId = await PublishedEventAsync(capacity: 10);
        var came = await RegisterAsync(eventId, "Awa", seats: 2);
        await RegisterAsync(eventId, "Louis", seats: 1);
        using var staff = StaffOf(Organiser);
        var record = new { present = new[] { came }, walkIns = 3 };
        var before = await staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{eventId}", UriKind.Relative));
        Assert.Equal(JsonValueKind.Null, before.GetProperty("walkIns").ValueKind);

        Assert.Equal(
            HttpStatusCode.Conflict,
            (await staff.PostAsJsonAsync($"/api/events/{eventId}/attendance", record)).StatusCode
        );

        _clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(30));
        var response = await staff.PostAsJsonAsync($"/api/events/{eventId}/attendance", record);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var counts = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            (3, 2, 1, 3),
            (
                counts.GetProperty("registered").GetInt32(),
                counts.GetProperty("present").GetInt32(),
                counts.GetProperty("noShows").GetInt32(),
                counts.GetProperty("walkIns").GetInt32()
            )
        );
        var attendees = await staff.GetFromJsonAsync<List<JsonElement>>(
            new Uri($"/api/events/{eventId}/registrations", UriKind.Relative)
        );
        Assert.Equal(
            [("Awa", true), ("Louis", false)],
            attendees!.Select(a => (a.GetProperty("firstName").GetString(), a.GetProperty("attended").GetBoolean()))
        );
        var recorded = await staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{eventId}", UriKind.Relative));
        Assert.Equal(3, recorded.GetProperty("walkIns").GetInt32());
        var unknown = await staff.PostAsJsonAsync(
            $"/api/events/{eventId}/attendance",
            new { present = new[] { Guid.NewGuid() } }
        );
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        _clock.Advance(TimeSpan.FromHours(3));
        await Eventually.AssertAsync(
            async () =>
                (await Anonymous().GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{eventId}", UriKind.Relative)))
                    .GetProperty("status")
                    .GetString() == "completed",
            "the ended event is completed"
        );
        await Eventually.AssertAsync(
            () => Task.FromResult(attendance.Deliveries.Count == 1 && completed.Deliveries.Count == 1),
            "attendance and completion are published"
        );
    }

    private async Task<Guid> RegisterAsync(Guid eventId, string firstName, int seats)
    {
        using var anonymous = Anonymous();
        var response = await anonymous.PostAsJsonAsync(
            $"/api/events/{eventId}/registrations",
            new { firstName, seats }
        );
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
