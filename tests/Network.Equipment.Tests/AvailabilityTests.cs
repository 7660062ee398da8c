using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Testing;

namespace Network.Equipment.Tests;

/// <summary>The catalogue's availableFrom/availableTo answer is exactly what a brute-force check of every item's
/// calendar gives.</summary>
public sealed class AvailabilityTests(TestInfrastructure infrastructure) : PoolTest(infrastructure)
{
    private static readonly int[] Buffers = [0, 1, 2, 4, 6, 12, 24, 48];

    [Fact]
    public async Task Available_items_for_a_window_match_a_brute_force_check_over_every_item()
    {
        var random = new Random(7);
        var start = new DateTimeOffset(DateTimeOffset.UtcNow.UtcDateTime.Date, TimeSpan.Zero).AddDays(2);
        var items = new Dictionary<Guid, int>();
        foreach (var buffer in Buffers)
        {
            items[await RegisterItemAsync(maxDays: 30, bufferHours: buffer, requiresApproval: false)] = buffer;
        }

        // Requests that hold nothing: awaiting approval, or cancelled.
        var needsApproval = await RegisterItemAsync(maxDays: 30, requiresApproval: true);
        items[needsApproval] = 0;
        await ReserveAtAsync(needsApproval, start.AddHours(10), start.AddHours(40));
        var inMaintenance = await RegisterItemAsync(maxDays: 30);
        using (var owner = StaffOf(Owner))
        {
            Assert.Equal(
                HttpStatusCode.OK,
                (await PostAsync(owner, $"/api/equipment/{inMaintenance}/maintenance")).StatusCode
            );
        }

        var held = new List<(Guid Item, DateTimeOffset From, DateTimeOffset To)>();
        for (var attempt = 0; attempt < 80; attempt++)
        {
            var item = items.Keys.ElementAt(random.Next(Buffers.Length));
            var from = start.AddHours(random.Next(0, 300));
            var to = from.AddHours(random.Next(1, 72));
            var response = await ReserveAtAsync(item, from, to);
            Assert.True(
                response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict,
                $"{response.StatusCode}"
            );
            if (response.StatusCode == HttpStatusCode.Created)
            {
                var id = (await JsonAsync(response)).GetProperty("id").GetGuid();
                if (attempt % 10 == 0)
                {
                    using var borrower = StaffOf(Borrower);
                    Assert.Equal(
                        HttpStatusCode.OK,
                        (await PostAsync(borrower, $"/api/equipment/reservations/{id}/cancel")).StatusCode
                    );
                    continue;
                }

                held.Add((item, from, to));
            }
        }

        Assert.True(held.Count > 20, "enough loans are held for the check to mean something");
        using var staff = StaffOf(Third);
        for (var probe = 0; probe < 60; probe++)
        {
            var from = start.AddHours(random.Next(-24, 330));
            var to = from.AddHours(random.Next(1, 96));
            var expected = items
                .Where(pair =>
                    held.Where(h => h.Item == pair.Key)
                        .All(h => !(from < h.To.AddHours(pair.Value) && h.From < to.AddHours(pair.Value)))
                )
                .Select(pair => pair.Key)
                .ToHashSet();

            var page = await staff.GetFromJsonAsync<JsonElement>(
                new Uri(
                    $"/api/equipment?ownerId={Owner}&pageSize=100"
                        + $"&availableFrom={Instant(from)}&availableTo={Instant(to)}",
                    UriKind.Relative
                )
            );
            var answered = page.GetProperty("items")
                .EnumerateArray()
                .Select(i => i.GetProperty("id").GetGuid())
                .ToHashSet();

            Assert.True(
                expected.SetEquals(answered),
                $"window {from:O} – {to:O}: expected {expected.Count} free items, got {answered.Count}"
            );
            Assert.DoesNotContain(inMaintenance, answered);
            Assert.Equal(expected.Count, page.GetProperty("total").GetInt32());
        }
    }

    private async Task<HttpResponseMessage> ReserveAtAsync(Guid item, DateTimeOffset from, DateTimeOffset to)
    {
        using var borrower = StaffOf(Borrower);
        return await borrower.PostAsJsonAsync(
            $"/api/equipment/{item}/reservations",
            new
            {
                from,
                to,
                purpose = "Ateliers seniors",
            }
        );
    }

    private static string Instant(DateTimeOffset instant) =>
        Uri.EscapeDataString(instant.ToString("O", CultureInfo.InvariantCulture));
}
