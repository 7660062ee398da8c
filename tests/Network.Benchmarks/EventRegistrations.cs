using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Network.Benchmarks;

/// <summary>
/// Self-registrations of 1 to 3 seats racing through the gateway for 10 seconds over 100 events of 5 to 15 seats (some
/// thousands, most of them waitlisted once the events fill): the rate, and afterwards, for every event, whether its
/// confirmed seats exceed its capacity (they must never).
/// </summary>
internal static class EventRegistrations
{
    private const int Events = 100;
    private const int Connections = 32;

    public static async Task<IReadOnlyList<ResultRow>> MeasureAsync(LocalPlatform platform)
    {
        using var events = new HttpClient { BaseAddress = platform.Service("events") };
        events.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            await platform.TokenAsync("mediateur.moulins")
        );
        var random = new Random(20261129);
        var capacities = new Dictionary<Guid, int>();
        for (var index = 0; index < Events; index++)
        {
            var capacity = random.Next(5, 16);
            capacities[await PublishAsync(events, capacity, index)] = capacity;
        }

        var script = Path.Combine(Path.GetTempPath(), $"network-registrations-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(script, Script([.. capacities.Keys]));
        var run = await WrkResult.RunAsync(
            new Uri(platform.Gateway, "/"),
            Connections,
            TimeSpan.FromSeconds(10),
            script
        );
        File.Delete(script);

        var overbooked = 0;
        var confirmedSeats = 0;
        foreach (var (id, capacity) in capacities)
        {
            var attendees = await events.GetFromJsonAsync<JsonElement>(
                new Uri($"/api/events/{id}/registrations", UriKind.Relative)
            );
            var seats = attendees
                .EnumerateArray()
                .Where(a => a.GetProperty("status").GetString() == "confirmed")
                .Sum(a => a.GetProperty("seats").GetInt32());
            confirmedSeats += seats;
            overbooked += seats > capacity ? 1 : 0;
        }

        var command = $"{run.Command} (a Lua script posts registrations of 1 to 3 seats to {Events} events at random)";
        var total = (long)Math.Round(run.RequestsPerSecond * run.Seconds);
        return
        [
            new(
                $"registrations through the gateway racing over {Events} events ({total:N0} in {run.Seconds:0} s), "
                    + "per second",
                run.RequestsPerSecond.ToString("0", CultureInfo.InvariantCulture),
                "≥ 300/s",
                command
            ),
            new(
                "registrations answered other than 201",
                run.Non2xx.ToString(CultureInfo.InvariantCulture),
                "0",
                command
            ),
            new(
                "events overbooked after the race (confirmed seats > capacity)",
                $"{overbooked} of {Events} ({confirmedSeats} of {capacities.Values.Sum()} seats confirmed)",
                "0",
                command
            ),
        ];
    }

    private static async Task<Guid> PublishAsync(HttpClient events, int capacity, int index)
    {
        var startsAt = DateTimeOffset.UtcNow.AddDays(7 + (index % 20));
        var body = new
        {
            title = $"Atelier numérique n°{index}",
            category = "atelier-numerique",
            startsAt,
            endsAt = startsAt.AddHours(2),
            location = new
            {
                name = "Centre social Les Moulins",
                postalCode = "06200",
                commune = "Nice",
            },
            capacity,
        };

        var id = await Api.CreateAsync(events, "/api/events", body);
        using var published = await events.PostAsync(new Uri($"/api/events/{id}/publish", UriKind.Relative), null);
        published.EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>wrk's script: every request registers 1 to 3 seats at one of the events, at random.</summary>
    private static string Script(IReadOnlyList<Guid> events) =>
        $$"""
            local events = { {{string.Join(", ", events.Select(id => $"\"{id}\""))}} }
            wrk.method = "POST"
            wrk.headers["Content-Type"] = "application/json"
            function request()
              local body = string.format('{"firstName":"Awa","seats":%d}', math.random(1, 3))
              return wrk.format(nil, "/api/events/" .. events[math.random(#events)] .. "/registrations", nil, body)
            end
            """;
}
