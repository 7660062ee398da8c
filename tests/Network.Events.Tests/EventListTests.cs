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
        var workshop = await staff.PostAsJsonAsync(
            "/api/events",
            new
            {
                title = "Atelier numérique",
                category = "atelier-numerique",
                startsAt = DateTimeOffset.UtcNow.AddDays(2),
                endsAt = DateTimeOffset.UtcNow.AddDays(2).AddHours(1),
                location = new
                {
                    name = "Médiathèque",
                    postalCode = "06600",
                    commune = "Antibes",
                },
            }
        );
        var workshopId = (await workshop.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (
            await staff.PostAsync(new Uri($"/api/events/{workshopId}/publish", UriKind.Relative), null)
        ).EnsureSuccessStatusCode();

        Assert.Equal([cafe], await IdsAsync("category=cafe-ia"));
        Assert.Equal([workshopId], await IdsAsync("commune=Antibes"));
        Assert.Equal([cafe], await IdsAsync("audience=seniors"));
        Assert.Empty(await IdsAsync("category=cafe-ia&commune=Antibes"));
        var unknown = await Anonymous().GetAsync(new Uri("/api/events?category=spaceship", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True(
            (await unknown.Content.ReadFromJsonAsync<JsonElement>())
                .GetProperty("errors")
                .TryGetProperty("category", out _)
        );
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (
                await Anonymous().GetAsync(new Uri("/api/events/calendar.ics?category=spaceship", UriKind.Relative))
            ).StatusCode
        );
    }

    [Theory]
    [InlineData("audience=inconnu", "audience")]
    [InlineData("from=0001-01-01T00:00:00Z", "from")]
    [InlineData("to=9999-12-31T23:59:59Z", "to")]
    [InlineData("from=2030-01-01T00:00:00Z&to=2029-01-01T00:00:00Z", "to")]
    public async Task Filters_outside_the_contract_are_400_naming_them(string query, string field)
    {
        foreach (var path in new[] { "/api/events", "/api/events/calendar.ics" })
        {
            var response = await Anonymous().GetAsync(new Uri($"{path}?{query}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True(
                (await response.Content.ReadFromJsonAsync<JsonElement>())
                    .GetProperty("errors")
                    .TryGetProperty(field, out _)
            );
        }
    }

    [Fact]
    public async Task A_place_with_a_name_street_or_commune_too_long_is_400()
    {
        using var staff = StaffOf(Organiser);
        var response = await staff.PostAsJsonAsync(
            "/api/events",
            new
            {
                title = "Café IA",
                category = "cafe-ia",
                startsAt = DateTimeOffset.UtcNow.AddDays(2),
                endsAt = DateTimeOffset.UtcNow.AddDays(2).AddHours(1),
                location = new
                {
                    name = new string('n', 201),
                    street = new string('s', 201),
                    postalCode = "06000",
                    commune = new string('c', 101),
                },
            }
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.All(new[] { "location.name", "location.street", "location.commune" }, field =>
            Assert.True(errors.TryGetProperty(field, out _), field)
        );
    }

    private async Task<List<Guid>> IdsAsync(string query)
    {
        var list = await Anonymous()
            .GetFromJsonAsync<JsonElement>(new Uri($"/api/events?organiserId={Organiser}&{query}", UriKind.Relative));
        return [.. list.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid())];
    }
}
