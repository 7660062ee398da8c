using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Network.Benchmarks;

/// <summary>
/// Reservation requests racing through the gateway for 10 seconds on 20 shared items that need no approval, each for a
/// random day of the coming month (so most collide): the rate, then for every item whether two held loans overlap.
/// </summary>
internal static class Reservations
{
    private const int Items = 20;
    private const int Connections = 32;

    public static async Task<IReadOnlyList<ResultRow>> MeasureAsync(LocalPlatform platform)
    {
        using var owner = new HttpClient { BaseAddress = platform.Service("equipment") };
        owner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            await platform.TokenAsync("admin.moulins")
        );
        var items = new List<Guid>();
        for (var index = 0; index < Items; index++)
        {
            items.Add(
                await Api.CreateAsync(
                    owner,
                    "/api/equipment",
                    new
                    {
                        name = $"Tablette n°{index}",
                        category = "tablet",
                        shareable = true,
                        loanRules = new
                        {
                            maxDays = 3,
                            bufferHours = 2,
                            requiresApproval = false,
                        },
                        components = Array.Empty<string>(),
                    }
                )
            );
        }

        var script = Path.Combine(Path.GetTempPath(), $"network-reservations-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(script, Script(items, await platform.TokenAsync("admin.pasteur")));
        var run = await WrkResult.RunAsync(
            new Uri(platform.Gateway, "/"),
            Connections,
            TimeSpan.FromSeconds(10),
            script
        );
        File.Delete(script);

        var doubleBooked = 0;
        var held = 0;
        foreach (var item in items)
        {
            var loans = await HeldLoansAsync(owner, item);
            held += loans.Count;
            doubleBooked += loans.Zip(loans.Skip(1)).Count(pair => pair.First.To.AddHours(2) > pair.Second.From);
        }

        var command =
            $"{run.Command} (a Lua script asks for one of {Items} items for a random day of the next month; "
            + "201 or 409)";
        var total = (long)Math.Round(run.RequestsPerSecond * run.Seconds);
        return
        [
            new(
                $"reservation requests through the gateway racing on {Items} items "
                    + $"({total:N0} in {run.Seconds:0} s), per second",
                Stats.Format(run.RequestsPerSecond),
                "≥ 300/s",
                command
            ),
            new(
                "loans overlapping another of the same item after the race (buffer included)",
                $"{doubleBooked} ({held} loans held)",
                "0",
                command
            ),
        ];
    }

    /// <summary>The item's approved loans, in time order, as its owner reads them.</summary>
    private static async Task<List<(DateTimeOffset From, DateTimeOffset To)>> HeldLoansAsync(
        HttpClient owner,
        Guid item
    )
    {
        var loans = new List<(DateTimeOffset, DateTimeOffset)>();
        for (var page = 1; ; page++)
        {
            var list = await owner.GetFromJsonAsync<JsonElement>(
                new Uri(
                    $"/api/equipment/reservations?as=owner&status=approved&pageSize=100&page={page}",
                    UriKind.Relative
                )
            );
            var items = list.GetProperty("items").EnumerateArray().ToList();
            loans.AddRange(
                items
                    .Where(r => r.GetProperty("equipmentId").GetGuid() == item)
                    .Select(r => (r.GetProperty("from").GetDateTimeOffset(), r.GetProperty("to").GetDateTimeOffset()))
            );
            if (page * 100 >= list.GetProperty("total").GetInt32())
            {
                return [.. loans.OrderBy(loan => loan.Item1)];
            }
        }
    }

    /// <summary>wrk's script: each request asks for one item, from a random hour of the next 30 days, for 4 to 30
    /// hours.</summary>
    private static string Script(IReadOnlyList<Guid> items, string token)
    {
        var start = DateTimeOffset.UtcNow.Date.AddDays(1);
        return $$"""
            local items = { {{string.Join(", ", items.Select(id => $"\"{id}\""))}} }
            local start = {{new DateTimeOffset(start, TimeSpan.Zero).ToUnixTimeSeconds().ToString(
                CultureInfo.InvariantCulture
            )}}
            wrk.method = "POST"
            wrk.headers["Content-Type"] = "application/json"
            wrk.headers["Authorization"] = "Bearer {{token}}"
            function request()
              local from = start + math.random(0, 30 * 24) * 3600
              local to = from + math.random(4, 30) * 3600
              local body = string.format(
                '{"from":"%s","to":"%s","purpose":"Atelier numérique"}',
                os.date("!%Y-%m-%dT%H:%M:%SZ", from),
                os.date("!%Y-%m-%dT%H:%M:%SZ", to)
              )
              return wrk.format(nil, "/api/equipment/" .. items[math.random(#items)] .. "/reservations", nil, body)
            end
            """;
    }
}
