using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Network.Events.Persistence;
using Network.Testing;
using Network.Testing.Hosting;

namespace Network.Events.Tests;

/// <summary>Local mode's demo events: the next weeks of the demo network, published, some full; seeded once.</summary>
public sealed class DemoEventsTests(TestInfrastructure infrastructure)
    : ServiceTest<EventsDbContext>(infrastructure, "eventsdb")
{
    protected override void Configure(Dictionary<string, string?> settings) => settings["Seed:Demo"] = "true";

    [Fact]
    public async Task The_demo_network_has_its_coming_events_with_registrations_and_the_daily_homework_space()
    {
        using var anonymous = Service.CreateClient(token: null);

        var list = await anonymous.GetFromJsonAsync<JsonElement>(new Uri("/api/events?pageSize=100", UriKind.Relative));

        var events = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(22, list.GetProperty("total").GetInt32());
        Assert.Equal(
            [
                "acces-aux-droits",
                "aide-aux-devoirs",
                "atelier-numerique",
                "cafe-ia",
                "parentalite",
                "radio-podcast",
                "seniors",
            ],
            events.Select(e => e.GetProperty("category").GetString()).Distinct().Order(StringComparer.Ordinal)
        );
        Assert.Equal(
            16,
            events.Count(e => e.TryGetProperty("seriesId", out var series) && series.ValueKind == JsonValueKind.String)
        );
        var seniors = events.Single(e => e.GetProperty("category").GetString() == "seniors");
        Assert.Equal(
            (8, 0),
            (seniors.GetProperty("seatsTaken").GetInt32(), seniors.GetProperty("seatsLeft").GetInt32())
        );

        // Another start on the same store does not seed again.
        await using var restarted = new ServiceFactory<EventsDbContext>(Settings, _ => { });
        await restarted.StartAsync();
        Assert.Equal(22, await restarted.WithScopeAsync<EventsDbContext, int>(db => db.Events.CountAsync()));
    }
}
