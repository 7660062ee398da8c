using System.Text.Json;
using Network.Activity.Persistence;
using Network.Contracts.Events;
using Network.Contracts.Partners;
using Network.Contracts.Referrals;
using Network.Testing;
using Network.Testing.Hosting;
using Network.Testing.Identity;
using Network.Testing.RabbitMq;

namespace Network.Activity.Tests;

/// <summary>A small commune: figures about its residents stay hidden at 4 and show at 5; network totals always
/// show.</summary>
public sealed class SuppressionTests(TestInfrastructure infrastructure)
    : ServiceTest<ActivityDbContext>(infrastructure, "activitydb")
{
    private const string Commune = "Saint-Martin-Vésubie";
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private readonly Guid _partner = Guid.CreateVersion7();
    private readonly Guid _sender = Guid.CreateVersion7();

    [Fact]
    public async Task Four_residents_are_suppressed_for_a_partner_or_a_commune_and_five_are_shown()
    {
        await using var publisher = await TestPublisher.StartAsync(RabbitMq);
        var snapshot = new PartnerSnapshot(
            _partner,
            "Mairie de Saint-Martin-Vésubie",
            "mairie",
            "active",
            "06450",
            Commune,
            null,
            null,
            null
        );
        await publisher.PublishAsync(new PartnerRegistered(snapshot, Start), Guid.NewGuid());
        var workshop = new EventSnapshot(
            Guid.CreateVersion7(),
            _partner,
            [],
            "atelier-numerique",
            "06450",
            Commune,
            Start.AddDays(3),
            Start.AddDays(3).AddHours(2),
            12
        );
        await publisher.PublishAsync(new EventPublished(workshop, Start), Guid.NewGuid());
        for (var resident = 0; resident < 4; resident++)
        {
            await ResidentAsync(publisher, workshop);
        }

        await WaitForAsync(4);
        var four = await OverviewsAsync();
        foreach (var local in new[] { four.Partner, four.Commune })
        {
            Assert.Equal(JsonValueKind.Null, local.GetProperty("referrals").GetProperty("sent").ValueKind);
            Assert.True(local.GetProperty("referrals").GetProperty("suppressed").GetBoolean());
            Assert.Equal(JsonValueKind.Null, local.GetProperty("events").GetProperty("registrations").ValueKind);
            Assert.Equal(JsonValueKind.Null, local.GetProperty("events").GetProperty("fillRate").ValueKind);
            Assert.True(local.GetProperty("events").GetProperty("suppressed").GetBoolean());
            Assert.Equal(1, local.GetProperty("events").GetProperty("published").GetInt32());
        }

        Assert.Equal(4, four.Network.GetProperty("referrals").GetProperty("sent").GetInt32());
        Assert.Equal(4, four.Network.GetProperty("events").GetProperty("registrations").GetInt32());
        Assert.False(four.Network.GetProperty("referrals").GetProperty("suppressed").GetBoolean());
        var series = await SeriesAsync();
        Assert.Equal(JsonValueKind.Null, series.GetProperty("value").ValueKind);
        Assert.True(series.GetProperty("suppressed").GetBoolean());

        await ResidentAsync(publisher, workshop);
        await WaitForAsync(5);
        var five = await OverviewsAsync();
        foreach (var local in new[] { five.Partner, five.Commune })
        {
            Assert.Equal(5, local.GetProperty("referrals").GetProperty("sent").GetInt32());
            Assert.Equal(5, local.GetProperty("events").GetProperty("registrations").GetInt32());
            Assert.Equal(0.4167, local.GetProperty("events").GetProperty("fillRate").GetDouble());
            Assert.Equal(JsonValueKind.Null, local.GetProperty("events").GetProperty("attendance").ValueKind);
        }

        Assert.Equal(5, (await SeriesAsync()).GetProperty("value").GetInt32());
    }

    /// <summary>One more resident: a 1-seat registration at the workshop and a referral to the partner.</summary>
    private async Task ResidentAsync(TestPublisher publisher, EventSnapshot workshop)
    {
        await publisher.PublishAsync(
            new RegistrationConfirmed(Guid.CreateVersion7(), workshop, 1, false, Start.AddHours(1)),
            Guid.NewGuid()
        );
        await publisher.PublishAsync(
            new ReferralSent(
                Guid.CreateVersion7(),
                _sender,
                _partner,
                ["ants"],
                "normal",
                Commune,
                null,
                Start.AddHours(2)
            ),
            Guid.NewGuid()
        );
    }

    private async Task WaitForAsync(int residents)
    {
        using var coordinator = Coordinator();
        await Eventually.AssertAsync(
            async () =>
            {
                var network = await ActivityFigures.JsonAsync(coordinator, "/api/activity/overview");
                return network.GetProperty("referrals").GetProperty("sent").GetInt32() == residents
                    && network.GetProperty("events").GetProperty("registrations").GetInt32() == residents;
            },
            $"{residents} residents are counted"
        );
    }

    private async Task<(JsonElement Network, JsonElement Partner, JsonElement Commune)> OverviewsAsync()
    {
        using var coordinator = Coordinator();
        using var staff = Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Staff(_partner)));
        return (
            await ActivityFigures.JsonAsync(coordinator, "/api/activity/overview"),
            await ActivityFigures.JsonAsync(staff, "/api/activity/overview"),
            await ActivityFigures.JsonAsync(
                coordinator,
                $"/api/activity/overview?commune={Uri.EscapeDataString(Commune)}"
            )
        );
    }

    /// <summary>March 2026's bucket of the partner's referrals, as its own staff see it.</summary>
    private async Task<JsonElement> SeriesAsync()
    {
        using var staff = Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Staff(_partner)));
        var series = await ActivityFigures.JsonAsync(
            staff,
            "/api/activity/timeseries?metric=referrals-sent&granularity=month&from=2026-03-01&to=2026-03-31"
        );
        var points = Assert.Single(series.GetProperty("series").EnumerateArray()).GetProperty("points");
        return Assert.Single(points.EnumerateArray());
    }

    private HttpClient Coordinator() => Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Coordinator()));
}
