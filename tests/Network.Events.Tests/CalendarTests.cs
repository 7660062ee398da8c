using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Network.Events.Persistence;
using Network.Testing;

namespace Network.Events.Tests;

/// <summary>The public feed parses with a calendar library and says what the API says, in Paris time winter and
/// summer.</summary>
public sealed class CalendarTests(TestInfrastructure infrastructure) : OrganiserTest(infrastructure)
{
    [Fact]
    public async Task The_feed_round_trips_titles_times_with_the_paris_offset_and_statuses()
    {
        var year = DateTime.UtcNow.Year + 1;
        var winter = await PublishAsync(
            "Atelier smartphone (hiver)",
            new DateTimeOffset(year, 1, 14, 14, 0, 0, TimeSpan.FromHours(1))
        );
        var summer = await PublishAsync(
            "Café IA (été)",
            new DateTimeOffset(year, 7, 15, 14, 0, 0, TimeSpan.FromHours(2))
        );
        var cancelled = await PublishAsync(
            "Permanence accès aux droits",
            new DateTimeOffset(year, 3, 3, 9, 30, 0, TimeSpan.FromHours(1))
        );
        using var staff = StaffOf(Organiser);
        (
            await staff.PostAsJsonAsync($"/api/events/{cancelled}/cancel", new { reason = "Intervenant absent" })
        ).EnsureSuccessStatusCode();
        var draft = await staff.PostAsJsonAsync("/api/events", EventBody(capacity: 5));
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);

        var response = await Anonymous()
            .GetAsync(
                new Uri(
                    $"/api/events/calendar.ics?organiserId={Organiser}&from={year}-01-01T00:00:00Z",
                    UriKind.Relative
                )
            );

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Calendar.Load(text)!;
        Assert.Equal(3, calendar.Events.Count);
        Assert.Contains(calendar.TimeZones, zone => zone.TzId == "Europe/Paris");
        Assert.Contains($"DTSTART;TZID=Europe/Paris:{year}0114T140000", text, StringComparison.Ordinal);
        Assert.Contains($"DTSTART;TZID=Europe/Paris:{year}0715T140000", text, StringComparison.Ordinal);
        foreach (var id in new[] { winter, summer, cancelled })
        {
            var api = await staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{id}", UriKind.Relative));
            var vevent = calendar.Events.Single(e => e.Uid == id.ToString());
            Assert.Equal(api.GetProperty("title").GetString(), vevent.Summary);
            Assert.Equal(api.GetProperty("startsAt").GetDateTimeOffset().UtcDateTime, vevent.DtStart!.AsUtc);
            Assert.Equal(api.GetProperty("endsAt").GetDateTimeOffset().UtcDateTime, vevent.DtEnd!.AsUtc);
            Assert.Equal(id == cancelled ? "CANCELLED" : "CONFIRMED", vevent.Status);
            Assert.Equal("Centre social Les Moulins", vevent.Organizer!.CommonName);
            Assert.StartsWith(
                "Centre social Les Moulins, 5 boulevard Paul Montel, 06200 Nice",
                vevent.Location,
                StringComparison.Ordinal
            );
        }

        Assert.Equal(
            new DateTime(year, 1, 14, 13, 0, 0, DateTimeKind.Utc),
            calendar.Events.Single(e => e.Uid == winter.ToString()).DtStart!.AsUtc
        );
        Assert.Equal(
            new DateTime(year, 7, 15, 12, 0, 0, DateTimeKind.Utc),
            calendar.Events.Single(e => e.Uid == summer.ToString()).DtStart!.AsUtc
        );
    }

    [Fact]
    public async Task Nothing_stored_writes_a_line_of_its_own_into_the_feed()
    {
        var year = DateTime.UtcNow.Year + 1;
        var target = await PublishAsync(
            "Atelier smartphone",
            new DateTimeOffset(year, 2, 3, 14, 0, 0, TimeSpan.FromHours(1))
        );
        var victim = await PublishAsync("Café IA", new DateTimeOffset(year, 2, 4, 14, 0, 0, TimeSpan.FromHours(1)));
        var forged = $"\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:{victim}\r\nSEQUENCE:99\r\nSTATUS:CANCELLED\r\nX-A:";
        await Service.WithScopeAsync<EventsDbContext, int>(async db =>
        {
            // Written as an older version or another path might have stored them: no request rule stands in the way.
            var e = await db.Events.SingleAsync(x => x.Id == target);
            db.Entry(e).Property(x => x.Title).CurrentValue = "Atelier" + forged;
            db.Entry(e).Property(x => x.Description).CurrentValue = "Ligne\rligne\u0007" + forged;
            db.Entry(e.Location).Property(x => x.Street).CurrentValue = "5 boulevard" + forged;
            db.Entry(e.Location).Property(x => x.Url).CurrentValue = "https://example.org/atelier" + forged;
            var organiser = await db.Partners.SingleAsync(p => p.Id == Organiser);
            db.Entry(organiser).Property(p => p.Name).CurrentValue =
                "Centre social" + forged.Replace("X-A:", "X-A=\"", StringComparison.Ordinal);
            return await db.SaveChangesAsync();
        });

        var text = await Anonymous()
            .GetStringAsync(
                new Uri(
                    $"/api/events/calendar.ics?organiserId={Organiser}&from={year}-01-01T00:00:00Z",
                    UriKind.Relative
                )
            );

        var lines = text.Split("\r\n");
        Assert.Equal(2, lines.Count(line => line == "BEGIN:VEVENT"));
        Assert.DoesNotContain(lines, line =>
            line.StartsWith("STATUS:CANCELLED", StringComparison.Ordinal)
            || line.StartsWith("SEQUENCE:99", StringComparison.Ordinal)
        );
        Assert.DoesNotContain(string.Concat(lines), c => char.IsControl(c));
        var calendar = Calendar.Load(text)!;
        Assert.Equal("CONFIRMED", calendar.Events.Single(e => e.Uid == victim.ToString()).Status);
        Assert.StartsWith(
            "Atelier  END:VEVENT",
            calendar.Events.Single(e => e.Uid == target.ToString()).Summary,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task The_sequence_grows_with_every_change_a_calendar_shows()
    {
        var id = await PublishAsync("Atelier tablette", DateTimeOffset.UtcNow.AddDays(3));
        using var staff = StaffOf(Organiser);
        var before = await SequenceAsync(id);
        var current = await staff.GetAsync(new Uri($"/api/events/{id}", UriKind.Relative));
        using var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/events/{id}")
        {
            Content = JsonContent.Create(EventBody(capacity: 20)),
        };
        edit.Headers.IfMatch.Add(current.Headers.ETag!);
        (await staff.SendAsync(edit)).EnsureSuccessStatusCode();
        var edited = await SequenceAsync(id);
        (
            await staff.PostAsJsonAsync($"/api/events/{id}/cancel", new { reason = "Salle indisponible" })
        ).EnsureSuccessStatusCode();

        Assert.True(before < edited && edited < await SequenceAsync(id));
    }

    [Fact]
    public async Task Json_ld_describes_the_event_with_schema_org_terms()
    {
        var id = await PublishAsync("Café IA", DateTimeOffset.UtcNow.AddDays(2));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/events/{id}");
        request.Headers.Accept.ParseAdd("application/ld+json");

        var response = await Anonymous().SendAsync(request);

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            ("https://schema.org", "Event", "https://schema.org/EventScheduled"),
            (
                document.GetProperty("@context").GetString(),
                document.GetProperty("@type").GetString(),
                document.GetProperty("eventStatus").GetString()
            )
        );
        Assert.Equal(
            "https://schema.org/OfflineEventAttendanceMode",
            document.GetProperty("eventAttendanceMode").GetString()
        );
        Assert.Equal(
            (30, 30),
            (
                document.GetProperty("maximumAttendeeCapacity").GetInt32(),
                document.GetProperty("remainingAttendeeCapacity").GetInt32()
            )
        );
        Assert.Equal(
            "Nice",
            document.GetProperty("location")[0].GetProperty("address").GetProperty("addressLocality").GetString()
        );
        Assert.Equal("Centre social Les Moulins", document.GetProperty("organizer")[0].GetProperty("name").GetString());
        var plain = await Anonymous().GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{id}", UriKind.Relative));
        Assert.Equal(id, plain.GetProperty("id").GetGuid());
    }

    private async Task<int> SequenceAsync(Guid id)
    {
        var text = await Anonymous()
            .GetStringAsync(new Uri($"/api/events/calendar.ics?organiserId={Organiser}", UriKind.Relative));
        return Calendar.Load(text)!.Events.Single(e => e.Uid == id.ToString()).Sequence;
    }

    private async Task<Guid> PublishAsync(string title, DateTimeOffset startsAt)
    {
        using var staff = StaffOf(Organiser);
        var body = new
        {
            title,
            category = "atelier-numerique",
            startsAt,
            endsAt = startsAt.AddHours(2),
            timeZone = "Europe/Paris",
            location = new
            {
                name = "Centre social Les Moulins",
                street = "5 boulevard Paul Montel",
                postalCode = "06200",
                commune = "Nice",
                latitude = 43.68,
                longitude = 7.2,
            },
            capacity = 30,
        };
        var created = await staff.PostAsJsonAsync("/api/events", body);
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await staff.PostAsync(new Uri($"/api/events/{id}/publish", UriKind.Relative), null)).EnsureSuccessStatusCode();
        return id;
    }
}
