using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Testing;

namespace Network.Events.Tests;

/// <summary>The staff's own list: every event their partner organises or co-organises, whatever its status.</summary>
public sealed class OrganisedEventsTests(TestInfrastructure infrastructure) : OrganiserTest(infrastructure)
{
    [Fact]
    public async Task Drafts_published_cancelled_and_co_organised_events_are_listed_and_nobody_else_s()
    {
        using var staff = StaffOf(Organiser);
        using var other = StaffOf(OtherPartner);
        var draft = await CreateAsync(staff, EventBody(10, TimeSpan.FromDays(3)));
        var published = await PublishedEventAsync(10, TimeSpan.FromDays(1));
        var cancelled = await PublishedEventAsync(10, TimeSpan.FromDays(2));
        (
            await staff.PostAsJsonAsync($"/api/events/{cancelled}/cancel", new { reason = "Salle indisponible" })
        ).EnsureSuccessStatusCode();
        var coOrganised = await CreateAsync(
            other,
            new
            {
                title = "Atelier à deux",
                category = "atelier-numerique",
                coOrganiserIds = new[] { Organiser },
                startsAt = DateTimeOffset.UtcNow.AddDays(4),
                endsAt = DateTimeOffset.UtcNow.AddDays(4).AddHours(2),
                location = new
                {
                    name = "Médiathèque",
                    postalCode = "06300",
                    commune = "Nice",
                },
            }
        );
        var othersOwn = await CreateAsync(other, EventBody(10, TimeSpan.FromDays(5)));

        Assert.Equal([published, cancelled, draft, coOrganised], await IdsAsync(staff, ""));
        Assert.Equal([coOrganised, draft], await IdsAsync(staff, "?status=draft&order=desc"));
        Assert.Equal([published], await IdsAsync(staff, "?status=published,completed"));
        Assert.Equal([coOrganised, othersOwn], await IdsAsync(other, ""));
        var wrong = await staff.GetAsync(
            new Uri("/api/events/organised?status=archived&order=random", UriKind.Relative)
        );
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var errors = (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("status", out _) && errors.TryGetProperty("order", out _));
    }

    [Fact]
    public async Task A_period_keeps_the_events_overlapping_it()
    {
        using var staff = StaffOf(Organiser);
        var soon = await PublishedEventAsync(10, TimeSpan.FromDays(1));
        var later = await PublishedEventAsync(10, TimeSpan.FromDays(10));
        var from = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(5).ToString("o"));

        Assert.Equal([later], await IdsAsync(staff, $"?from={from}"));
        Assert.Equal([soon], await IdsAsync(staff, $"?to={from}"));
    }

    private static async Task<Guid> CreateAsync(HttpClient staff, object body)
    {
        var created = await staff.PostAsJsonAsync("/api/events", body);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<List<Guid>> IdsAsync(HttpClient staff, string query)
    {
        var page = await staff.GetFromJsonAsync<JsonElement>(
            new Uri($"/api/events/organised{query}", UriKind.Relative)
        );
        return [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid())];
    }
}
