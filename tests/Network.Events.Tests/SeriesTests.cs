using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Network.Contracts.Events;
using Network.Testing;
using Network.Testing.RabbitMq;

namespace Network.Events.Tests;

/// <summary>The evening homework space: a daily series with a capacity, published and cancelled as one.</summary>
public sealed class SeriesTests(TestInfrastructure infrastructure) : OrganiserTest(infrastructure)
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public async Task A_series_creates_one_draft_per_occurrence_and_is_published_then_cancelled_from_now_on()
    {
        await using var cancelled = await MessageProbe.StartAsync<EventCancelled>(RabbitMq);
        using var staff = StaffOf(Organiser);
        var created = await staff.PostAsJsonAsync(
            "/api/events",
            HomeworkSpace(
                new
                {
                    frequency = "daily",
                    weekdays = new[] { "monday", "tuesday", "thursday", "friday" },
                    count = 8,
                }
            )
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var first = await created.Content.ReadFromJsonAsync<JsonElement>();
        var seriesId = first.GetProperty("seriesId").GetGuid();

        Assert.Equal(
            HttpStatusCode.NotFound,
            (await Anonymous().GetAsync(new Uri($"/api/events/series/{seriesId}", UriKind.Relative))).StatusCode
        );
        var drafts = await staff.GetFromJsonAsync<JsonElement>(
            new Uri($"/api/events/series/{seriesId}?pageSize=100", UriKind.Relative)
        );
        Assert.Equal(8, drafts.GetProperty("total").GetInt32());
        Assert.All(drafts.GetProperty("items").EnumerateArray(), e =>
            Assert.Equal(("draft", 12), (e.GetProperty("status").GetString(), e.GetProperty("capacity").GetInt32()))
        );

        var published = await staff.PostAsync(
            new Uri($"/api/events/series/{seriesId}/publish", UriKind.Relative),
            null
        );
        Assert.Equal(8, (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").GetInt32());
        Assert.Equal(
            8,
            (
                await Anonymous()
                    .GetFromJsonAsync<JsonElement>(new Uri($"/api/events/series/{seriesId}", UriKind.Relative))
            )
                .GetProperty("total")
                .GetInt32()
        );

        // Two occurrences have happened; cancelling the series leaves them as they were.
        var occurrences = drafts
            .GetProperty("items")
            .EnumerateArray()
            .Select(e => e.GetProperty("startsAt").GetDateTimeOffset())
            .ToList();
        _clock.AdjustTime(occurrences[1].AddHours(3));
        using var stranger = StaffOf(OtherPartner);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (
                await stranger.PostAsJsonAsync($"/api/events/series/{seriesId}/cancel", new { reason = "Travaux" })
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await staff.PostAsJsonAsync($"/api/events/series/{seriesId}/cancel", new { })).StatusCode
        );
        var cancel = await staff.PostAsJsonAsync(
            $"/api/events/series/{seriesId}/cancel",
            new { reason = "Travaux dans la salle" }
        );

        Assert.Equal(6, (await cancel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").GetInt32());
        var after = await staff.GetFromJsonAsync<JsonElement>(
            new Uri($"/api/events/series/{seriesId}", UriKind.Relative)
        );
        Assert.Equal(
            ["published", "published", "cancelled", "cancelled", "cancelled", "cancelled", "cancelled", "cancelled"],
            after.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("status").GetString())
        );
        await Eventually.AssertAsync(
            () => Task.FromResult(cancelled.Deliveries.Count == 6),
            "each cancelled occurrence is announced"
        );
        Assert.All(cancelled.Deliveries, d => Assert.Contains(seriesId.ToString(), d.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_recurrence_is_checked_field_by_field_and_a_series_lasts_at_most_a_year()
    {
        using var staff = StaffOf(Organiser);

        var missing = await staff.PostAsJsonAsync("/api/events", HomeworkSpace(new { weekdays = new[] { "funday" } }));
        var tooLong = await staff.PostAsJsonAsync(
            "/api/events",
            HomeworkSpace(
                new
                {
                    frequency = "weekly",
                    interval = 4,
                    count = 20,
                }
            )
        );
        var both = await staff.PostAsJsonAsync(
            "/api/events",
            HomeworkSpace(
                new
                {
                    frequency = "daily",
                    count = 3,
                    until = "2030-01-01",
                }
            )
        );

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("recurrence.weekdays", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var longErrors = (await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(longErrors.TryGetProperty("recurrence", out _), longErrors.ToString());
        var bothErrors = (await both.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(
            bothErrors.TryGetProperty("recurrence", out _) && bothErrors.TryGetProperty("recurrence.until", out _),
            bothErrors.ToString()
        );
        Assert.Equal(
            0,
            (
                await staff.GetFromJsonAsync<JsonElement>(
                    new Uri($"/api/events?organiserId={Organiser}", UriKind.Relative)
                )
            )
                .GetProperty("total")
                .GetInt32()
        );
    }

    private object HomeworkSpace(object recurrence)
    {
        var start = _clock.GetUtcNow().Date.AddDays(2).AddHours(16);
        return new
        {
            title = "Espace numérique : aide aux devoirs",
            category = "aide-aux-devoirs",
            audiences = new[] { "jeunes" },
            startsAt = new DateTimeOffset(start, TimeSpan.Zero),
            endsAt = new DateTimeOffset(start.AddHours(2), TimeSpan.Zero),
            location = new
            {
                name = "Médiathèque",
                postalCode = "06200",
                commune = "Nice",
            },
            capacity = 12,
            recurrence,
        };
    }
}
