using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Activity.Persistence;
using Network.Contracts.Partners;
using Network.Contracts.Referrals;
using Network.Testing;
using Network.Testing.Hosting;
using Network.Testing.Identity;
using Network.Testing.RabbitMq;

namespace Network.Activity.Tests;

/// <summary>
/// The two ways around small-number suppression: a network total minus the published cells of its group, and two
/// periods a second apart. Three receivers get 3, 6 and 7 referrals for residents of three communes.
/// </summary>
public sealed class DerivationTests(TestInfrastructure infrastructure)
    : ServiceTest<ActivityDbContext>(infrastructure, "activitydb")
{
    private static readonly DateTimeOffset Day = new(2026, 3, 10, 0, 0, 0, TimeSpan.FromHours(1));
    private static readonly string[] Communes = ["Tende", "Sospel", "Breil-sur-Roya"];
    private static readonly int[] Counts = [3, 6, 7];
    private readonly Guid _sender = Guid.CreateVersion7();
    private readonly Guid[] _receivers = [Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7()];

    [Fact]
    public async Task A_network_total_minus_the_published_cells_never_gives_a_suppressed_one()
    {
        await PublishAsync();
        using var coordinator = Coordinator();

        // Communes: the network's 16 referrals, each commune asked on its own.
        var communes = new List<int?>();
        foreach (var commune in Communes)
        {
            var overview = await ActivityFigures.JsonAsync(
                coordinator,
                $"/api/activity/overview?commune={Uri.EscapeDataString(commune)}"
            );
            communes.Add(Count(overview.GetProperty("referrals").GetProperty("sent")));
        }

        AssertUnderivable(16, communes, "communes");
        var buckets = new List<int?>();
        foreach (var commune in Communes)
        {
            var series = await ActivityFigures.JsonAsync(
                coordinator,
                "/api/activity/timeseries?metric=referrals-sent&granularity=month&from=2026-03-01&to=2026-03-31"
                    + $"&commune={Uri.EscapeDataString(commune)}"
            );
            var march = Assert.Single(
                Assert.Single(series.GetProperty("series").EnumerateArray()).GetProperty("points").EnumerateArray()
            );
            buckets.Add(Count(march.GetProperty("value")));
        }

        AssertUnderivable(16, buckets, "communes' series");

        // Receivers, in the per-partner table and its CSV, and each receiver's own overview (sent or received: 2 × 16).
        var table = (await ActivityFigures.JsonAsync(coordinator, "/api/activity/partners?pageSize=100"))
            .GetProperty("items")
            .EnumerateArray()
            .ToDictionary(
                row => row.GetProperty("partnerId").GetGuid(),
                row => Count(row.GetProperty("referralsReceived").GetProperty("sent"))
            );
        AssertUnderivable(16, [.. table.Values], "the per-partner table");
        var csv = (await coordinator.GetStringAsync(new Uri("/api/activity/export.csv", UriKind.Relative))).Split(
            "\r\n"
        );
        var cells = _receivers.Select(id =>
            csv.Single(line => line.StartsWith(id.ToString(), StringComparison.Ordinal)).Split(';')[12]
        );
        AssertUnderivable(
            16,
            [
                .. cells.Select(cell =>
                    cell.Length == 0 ? (int?)null : int.Parse(cell, System.Globalization.CultureInfo.InvariantCulture)
                ),
            ],
            "the CSV"
        );
        var partners = new List<int?>();
        foreach (var partner in _receivers.Append(_sender))
        {
            var overview = await ActivityFigures.JsonAsync(coordinator, $"/api/activity/overview?partnerId={partner}");
            partners.Add(Count(overview.GetProperty("referrals").GetProperty("sent")));
        }

        AssertUnderivable(32, partners, "partners' overviews");

        // Flows: their own total.
        var flows = await ActivityFigures.JsonAsync(coordinator, "/api/activity/referral-flows");
        Assert.Equal(16, flows.GetProperty("total").GetInt32());
        AssertUnderivable(
            16,
            [.. flows.GetProperty("flows").EnumerateArray().Select(flow => Count(flow.GetProperty("count")))],
            "flows"
        );

        // Pending referrals per receiver: their own total.
        var pending = await ActivityFigures.JsonAsync(coordinator, "/api/activity/referrals/pending");
        Assert.Equal(16, pending.GetProperty("total").GetInt32());
        AssertUnderivable(
            16,
            [.. pending.GetProperty("partners").EnumerateArray().Select(row => Count(row.GetProperty("open")))],
            "pending referrals"
        );
    }

    [Fact]
    public async Task Two_periods_a_second_apart_are_refused_for_a_commune_or_a_partner()
    {
        await PublishAsync();
        using var coordinator = Coordinator();
        using var staff = Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Staff(_receivers[1])));
        var from = Uri.EscapeDataString(Day.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        var secondAfter = Uri.EscapeDataString(
            Day.AddHours(12).AddSeconds(1).ToString("O", System.Globalization.CultureInfo.InvariantCulture)
        );

        await AssertRefusedAsync(
            coordinator,
            $"/api/activity/overview?commune=Sospel&from={from}&to={secondAfter}",
            "to"
        );
        await AssertRefusedAsync(staff, $"/api/activity/overview?from={secondAfter}", "from");
        await AssertRefusedAsync(
            coordinator,
            $"/api/activity/timeseries?commune=Sospel&from={secondAfter}&to=2026-03-31",
            "from"
        );
        await AssertRefusedAsync(coordinator, $"/api/activity/partners?to={secondAfter}", "to");
        await AssertRefusedAsync(
            coordinator,
            $"/api/activity/export.csv?from={secondAfter}&to={secondAfter}",
            "from,to"
        );
        await AssertRefusedAsync(coordinator, $"/api/activity/referral-flows?to={secondAfter}", "to");

        // Midnight in Paris is a whole day whatever its offset is written in; the network's own totals keep any
        // instant.
        var midnightInUtc = Uri.EscapeDataString("2026-03-09T23:00:00Z");
        Assert.Equal(
            HttpStatusCode.OK,
            (
                await coordinator.GetAsync(
                    new Uri($"/api/activity/overview?commune=Sospel&from={midnightInUtc}", UriKind.Relative)
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (
                await coordinator.GetAsync(
                    new Uri($"/api/activity/overview?from={from}&to={secondAfter}", UriKind.Relative)
                )
            ).StatusCode
        );
    }

    /// <summary>
    /// Given the network total and one answer's cells (null when suppressed): either nothing is suppressed, or what the
    /// total leaves once the published cells are taken away is shared by at least two suppressed cells and is at least
    /// 5.
    /// </summary>
    private static void AssertUnderivable(int total, IReadOnlyList<int?> cells, string where)
    {
        var remainder = total - cells.Sum(cell => cell ?? 0);
        var suppressed = cells.Count(cell => cell is null);
        var shown = cells.Select(cell => cell?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null");
        Assert.True(
            remainder == 0 || (suppressed >= 2 && remainder >= 5),
            $"{where}: {string.Join(", ", shown)} out of {total} leave {remainder} to {suppressed} suppressed cell(s)"
        );
    }

    private static async Task AssertRefusedAsync(HttpClient client, string query, string fields)
    {
        var response = await client.GetAsync(new Uri(query, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{query} answered {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(fields.Split(',').Order(), errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.All(errors.EnumerateObject(), e =>
            Assert.Contains("jour entier", e.Value[0].GetString(), StringComparison.Ordinal)
        );
    }

    private static int? Count(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetInt32();

    /// <summary>The sender and the three receivers, then 3, 6 and 7 referrals sent on <see cref="Day"/>, each
    /// hour.</summary>
    private async Task PublishAsync()
    {
        await using var publisher = await TestPublisher.StartAsync(RabbitMq);
        foreach (var (partner, index) in _receivers.Append(_sender).Select((partner, index) => (partner, index)))
        {
            var commune = index < Communes.Length ? Communes[index] : "Nice";
            var snapshot = new PartnerSnapshot(
                partner,
                $"Partenaire {index}",
                "association",
                "active",
                "06000",
                commune,
                null,
                null,
                null
            );
            await publisher.PublishAsync(new PartnerRegistered(snapshot, Day), Guid.NewGuid());
        }

        for (var receiver = 0; receiver < _receivers.Length; receiver++)
        {
            for (var n = 0; n < Counts[receiver]; n++)
            {
                var sent = new ReferralSent(
                    Guid.CreateVersion7(),
                    _sender,
                    _receivers[receiver],
                    ["ants"],
                    "normal",
                    Communes[receiver],
                    null,
                    Day.AddHours(1 + n)
                );
                await publisher.PublishAsync(sent, Guid.NewGuid());
            }
        }

        using var coordinator = Coordinator();
        await Eventually.AssertAsync(
            async () =>
                (await ActivityFigures.JsonAsync(coordinator, "/api/activity/overview"))
                    .GetProperty("referrals")
                    .GetProperty("sent")
                    .GetInt32() == 16
                && (await ActivityFigures.JsonAsync(coordinator, "/api/activity/partners?pageSize=100"))
                    .GetProperty("total")
                    .GetInt32() == 4,
            "the activity service counts the 16 referrals and the 4 partners"
        );
    }

    private HttpClient Coordinator() => Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Coordinator()));
}
