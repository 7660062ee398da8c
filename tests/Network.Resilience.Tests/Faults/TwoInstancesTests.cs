using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Resilience.Tests.Platform;
using Xunit.Abstractions;

namespace Network.Resilience.Tests.Faults;

[Collection(FaultsDefinition.Name)]
public sealed class TwoInstancesTests(FaultsPlatform fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task With_two_instances_of_every_service_each_message_is_published_and_handled_once_no_race_overbooks()
    {
        var platform = fixture.Platform;
        Assert.All(RunningPlatform.Services, service =>
            Assert.Equal(2, platform.InstancesOf(service).Count(i => i.Pid != 0))
        );
        await fixture.QuietAsync();
        await using var tap = await MessageTap.StartAsync(await platform.BrokerConnectionStringAsync());
        using var workload = await Workload.StartAsync(platform);
        var before = await Snapshot.TakeAsync(platform);
        var baseline = await Figures.ReadAsync(workload.Coordinator);

        var registrations = RacingRegistrationsAsync(workload);
        var reservations = RacingReservationsAsync(platform);
        await workload.MixedAsync(rounds: 6);
        var overbooked = await registrations;
        var overlapping = await reservations;

        var (sentByA, receivedByB) = await workload.ReferralTotalsAsync();
        var expected = baseline.After(workload.Done);
        await Delivery.AssertSettledAsync(platform, before, () => Figures.ReadAsync(workload.Coordinator), expected);
        await Figures.AssertPartnerReferralsAsync(workload.Coordinator, sentByA, receivedByB);

        var published = (await Delivery.PublishedAsync(platform)).Except(before.Published).ToList();
        var publications = tap.Publications;
        output.WriteLine(
            $"{workload.Done}; {published.Count} facts published, {publications.Values.Sum()} reached the tap"
        );
        Assert.Empty(
            published
                .Where(id => publications.GetValueOrDefault(id) != 1)
                .Select(id => $"{id}: {publications.GetValueOrDefault(id)}")
        );
        Assert.DoesNotContain(publications, p => p.Value > 1);
        Assert.Empty(overbooked);
        Assert.Empty(overlapping);
        Assert.Empty(await DuplicatedDemoDataAsync(platform));
    }

    /// <summary>Residents race for the seats of events of 5 seats; answers the events whose confirmed seats exceed
    /// 5.</summary>
    private static async Task<List<string>> RacingRegistrationsAsync(Workload workload)
    {
        const int Capacity = 5;
        var events = new List<Guid>();
        for (var index = 0; index < 4; index++)
        {
            events.Add(await workload.PublishEventAsync(Capacity));
        }

        await Parallel.ForEachAsync(
            events.SelectMany(id => Enumerable.Range(0, 8).Select(index => (id, seats: index % 2 + 1))),
            new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (registration, _) => await workload.RegisterAsync(registration.id, registration.seats)
        );

        var overbooked = new List<string>();
        foreach (var id in events)
        {
            var attendees = await workload.StaffA.GetFromJsonAsync<JsonElement>(
                new Uri($"/api/events/{id}/registrations", UriKind.Relative)
            );
            var confirmed = attendees
                .EnumerateArray()
                .Where(a => a.GetProperty("status").GetString() == "confirmed")
                .Sum(a => a.GetProperty("seats").GetInt32());
            if (confirmed > Capacity)
            {
                overbooked.Add($"{id}: {confirmed} seats confirmed");
            }
        }

        return overbooked;
    }

    /// <summary>Partner B asks for three tablets at overlapping times, many requests at once; answers the loans that
    /// overlap.</summary>
    private static async Task<List<string>> RacingReservationsAsync(RunningPlatform platform)
    {
        using var owner = await platform.ClientAsync(DemoUsers.AdminA);
        using var borrower = await platform.ClientAsync(DemoUsers.StaffB);
        var items = new List<Guid>();
        for (var index = 0; index < 3; index++)
        {
            using var created = await owner.PostAsJsonAsync(
                "/api/equipment",
                new
                {
                    name = "Tablette partagée",
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
            );
            created.EnsureSuccessStatusCode();
            items.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        var start = new DateTimeOffset(DateTimeOffset.UtcNow.UtcDateTime.Date.AddDays(2), TimeSpan.Zero);
        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, 36),
            new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (index, cancellationToken) =>
            {
                var from = start.AddHours(index % 12 * 3);
                using var response = await borrower.PostAsJsonAsync(
                    $"/api/equipment/{items[index % items.Count]}/reservations",
                    new
                    {
                        from,
                        to = from.AddHours(8),
                        purpose = "Atelier tablette",
                    },
                    cancellationToken
                );
                statuses.Add(response.StatusCode);
            }
        );
        Assert.All(statuses, status =>
            Assert.True(status is HttpStatusCode.Created or HttpStatusCode.Conflict, $"answered {status}")
        );
        Assert.Contains(HttpStatusCode.Conflict, statuses);

        var overlapping = new List<string>();
        var held = await owner.GetFromJsonAsync<JsonElement>(
            new Uri("/api/equipment/reservations?as=owner&status=approved&pageSize=100", UriKind.Relative)
        );
        foreach (var item in items)
        {
            var loans = held.GetProperty("items")
                .EnumerateArray()
                .Where(r => r.GetProperty("equipmentId").GetGuid() == item)
                .Select(r =>
                    (From: r.GetProperty("from").GetDateTimeOffset(), To: r.GetProperty("to").GetDateTimeOffset())
                )
                .OrderBy(loan => loan.From)
                .ToList();
            overlapping.AddRange(
                loans
                    .Zip(loans.Skip(1))
                    .Where(pair => pair.First.To.AddHours(2) > pair.Second.From)
                    .Select(pair =>
                        $"{item}: {pair.First.From:u}–{pair.First.To:u} and {pair.Second.From:u}–{pair.Second.To:u}"
                    )
            );
        }

        return overlapping;
    }

    /// <summary>Demo data two instances would both have seeded: the same event, or the same referral, twice.</summary>
    private static async Task<List<string>> DuplicatedDemoDataAsync(RunningPlatform platform)
    {
        var events = await platform.QueryAsync(
            "events",
            "SELECT OrganiserId, Title, StartsAt, COUNT(*) FROM Events "
                + "GROUP BY OrganiserId, Title, StartsAt HAVING COUNT(*) > 1"
        );
        // The demo referrals were sent days ago; two seeders would have sent each at nearly the same instant.
        var dayAgo = DateTimeOffset
            .UtcNow.AddDays(-1)
            .ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var referrals = await platform.QueryAsync(
            "referrals",
            RunningPlatform.PostgreSql
                ? "SELECT COUNT(*), COUNT(DISTINCT FromPartnerId::text || ToPartnerId::text || Status "
                    + "|| date_trunc('second', CreatedAt)::text) "
                    + $"FROM Referrals WHERE CreatedAt < '{dayAgo}+00'"
                : "SELECT COUNT(*), COUNT(DISTINCT FromPartnerId || ToPartnerId || Status || substr(CreatedAt, 1, 16)) "
                    + $"FROM Referrals WHERE CreatedAt < '{dayAgo}'"
        );
        return
        [
            .. events.Select(row => $"event '{row[1]}' of {row[0]} at {row[2]} seeded {row[3]} times"),
            .. referrals.Where(row => !Equals(row[0], row[1])).Select(row => $"{row[0]} referrals, {row[1]} distinct"),
        ];
    }
}
