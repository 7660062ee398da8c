using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Testing;

namespace Network.Events.Tests;

/// <summary>The public list's filters, as a query string writes them.</summary>
public sealed class EventListTests(TestInfrastructure infrastructure) : OrganiserTest(infrastructure)
{
    [Fact]
    public async Task Category_commune_and_audience_filter_the_list_and_an_unknown_category_is_400()
    {
        var cafe = await PublishedEventAsync(capacity: 10);
        using var staff = StaffOf(Organiser);
        var workshop = await staff.PostAsJsonAsync("/api/events", new
        {
            title = "Atelier numérique", category = "atelier-numerique", startsAt = DateTimeOffset.UtcNow.AddDays(2), endsAt = DateTimeOffset.UtcNow.AddDays(2).AddHours(1),
            location = new { name = "Médiathèque", postalCode = "06600", commune = "Antibes" },
        });
        var workshopId = (await workshop.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await staff.PostAsync(new Uri($"/api/events/{workshopId}/publish", UriKind.Relative), null)).EnsureSuccessStatusCode();

        Assert.Equal([cafe], await IdsAsync("category=cafe-ia"));
        Assert.Equal([workshopId], await IdsAsync("commune=Antibes"));
        Assert.Equal([cafe], await IdsAsync("audience=seniors"));
        Assert.Empty(await IdsAsync("category=cafe-ia&commune=Antibes"));
        var unknown = await Anonymous().GetAsync(new Uri("/api/events?category=spaceship", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("category", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await Anonymous().GetAsync(new Uri("/api/events/calendar.ics?category=spaceship", UriKind.Relative))).StatusCode);
    }

    private async Task<List<Guid>> IdsAsync(string query)
    {
        var list = await Anonymous().GetFromJsonAsync<JsonElement>(new Uri($"/api/events?organiserId={Organiser}&{query}", UriKind.Relative));
        return [.. list.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid())];
    }
}
