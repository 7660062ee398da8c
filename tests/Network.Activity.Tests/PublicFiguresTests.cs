using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Network.Activity.Persistence;
using Network.Contracts.Equipment;
using Network.Contracts.Events;
using Network.Contracts.Partners;
using Network.Contracts.Referrals;
using Network.Testing;
using Network.Testing.Hosting;
using Network.Testing.Identity;
using Network.Testing.RabbitMq;

namespace Network.Activity.Tests;

/// <summary>
/// The network's public figures, read without a token on 15 March 2026: this year from 1 January in Paris to now, the
/// whole of 2025, counts about residents under 5 withheld even for the whole network, nothing of a partner or a
/// commune, and an answer kept five minutes.
/// </summary>
public sealed class PublicFiguresTests(TestInfrastructure infrastructure)
    : ServiceTest<ActivityDbContext>(infrastructure, "activitydb")
{
    private const string Commune = "Breil-sur-Roya";
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 11, 0, 0, TimeSpan.Zero);

    private static readonly string[] Fields =
    [
        "activeStructures",
        "thisYear",
        "lastYear",
        "year",
        "from",
        "to",
        "workshopsHeld",
        "registrations",
        "referralsSent",
        "referralsAccepted",
        "loans",
        "suppressed",
    ];

    private readonly FakeTimeProvider _clock = new(Now);
    private readonly Guid _organiser = Guid.CreateVersion7();
    private readonly Guid _receiver = Guid.CreateVersion7();
    private readonly Guid _applicant = Guid.CreateVersion7();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public async Task Anyone_reads_the_network_totals_of_both_years_with_residents_under_5_withheld()
    {
        await using var publisher = await TestPublisher.StartAsync(RabbitMq);
        await PartnerAsync(publisher, _organiser, "active");
        await PartnerAsync(publisher, _receiver, "active");
        await PartnerAsync(publisher, _applicant, "pending");

        // 2025: two workshops held, the second at 23:30 on 31 December in Paris; one published then cancelled; 4 seats.
        var june = await WorkshopAsync(publisher, new DateTimeOffset(2025, 6, 10, 12, 0, 0, TimeSpan.Zero));
        await SeatsAsync(publisher, june, 1, 1, 1, 1);
        await WorkshopAsync(publisher, new DateTimeOffset(2025, 12, 31, 22, 30, 0, TimeSpan.Zero));
        var cancelled = await WorkshopAsync(publisher, new DateTimeOffset(2025, 9, 2, 12, 0, 0, TimeSpan.Zero));
        await SeatsAsync(publisher, cancelled, 6);
        await publisher.PublishAsync(new EventCancelled(cancelled, 6, Now.AddYears(-1)), Guid.NewGuid());
        await WorkshopAsync(publisher, new DateTimeOffset(2024, 11, 5, 12, 0, 0, TimeSpan.Zero));
        // 2026: the first workshop at 0:30 on 1 January in Paris; 7 seats; one to come, not held yet.
        var newYear = await WorkshopAsync(publisher, new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero));
        await SeatsAsync(publisher, newYear, 3);
        var february = await WorkshopAsync(publisher, new DateTimeOffset(2026, 2, 10, 12, 0, 0, TimeSpan.Zero));
        await SeatsAsync(publisher, february, 2, 2);
        var coming = await WorkshopAsync(publisher, Now.AddDays(5));
        await SeatsAsync(publisher, coming, 5);

        // Referrals: 6 sent in 2025 and 5 accepted; 3 sent in 2026 and 2 accepted. Loans: 1 in 2025, 2 in 2026.
        await ReferralsAsync(publisher, new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.Zero), sent: 6, accepted: 5);
        await ReferralsAsync(publisher, new DateTimeOffset(2026, 1, 20, 9, 0, 0, TimeSpan.Zero), sent: 3, accepted: 2);
        await LoanAsync(publisher, new DateTimeOffset(2025, 10, 1, 8, 0, 0, TimeSpan.Zero));
        await LoanAsync(publisher, new DateTimeOffset(2026, 2, 1, 8, 0, 0, TimeSpan.Zero));
        await LoanAsync(publisher, new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        await WaitForAsync(
            ("events.published", 7),
            ("events.cancelled", 1),
            ("events.registrations", 16),
            ("referrals.accepted", 7),
            ("referrals.sent", 9),
            ("equipment.loans", 3)
        );

        using var anonymous = Service.CreateClient(token: null);
        var response = await anonymous.GetAsync(new Uri("/api/activity/public", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var figures = JsonDocument.Parse(text).RootElement;

        Assert.Equal(2, figures.GetProperty("activeStructures").GetInt32());
        var lastYear = figures.GetProperty("lastYear");
        Assert.Equal(2025, lastYear.GetProperty("year").GetInt32());
        Assert.Equal(
            new DateTimeOffset(2024, 12, 31, 23, 0, 0, TimeSpan.Zero),
            lastYear.GetProperty("from").GetDateTimeOffset()
        );
        Assert.Equal(
            new DateTimeOffset(2025, 12, 31, 23, 0, 0, TimeSpan.Zero),
            lastYear.GetProperty("to").GetDateTimeOffset()
        );
        Assert.Equal(2, lastYear.GetProperty("workshopsHeld").GetInt32());
        Assert.Equal(JsonValueKind.Null, lastYear.GetProperty("registrations").ValueKind);
        Assert.Equal(6, lastYear.GetProperty("referralsSent").GetInt32());
        Assert.Equal(5, lastYear.GetProperty("referralsAccepted").GetInt32());
        Assert.Equal(1, lastYear.GetProperty("loans").GetInt32());
        Assert.True(lastYear.GetProperty("suppressed").GetBoolean());

        var thisYear = figures.GetProperty("thisYear");
        Assert.Equal(2026, thisYear.GetProperty("year").GetInt32());
        Assert.Equal(lastYear.GetProperty("to").GetDateTimeOffset(), thisYear.GetProperty("from").GetDateTimeOffset());
        Assert.Equal(Now, thisYear.GetProperty("to").GetDateTimeOffset());
        Assert.Equal(2, thisYear.GetProperty("workshopsHeld").GetInt32());
        Assert.Equal(7, thisYear.GetProperty("registrations").GetInt32());
        Assert.Equal(JsonValueKind.Null, thisYear.GetProperty("referralsSent").ValueKind);
        Assert.Equal(JsonValueKind.Null, thisYear.GetProperty("referralsAccepted").ValueKind);
        Assert.Equal(2, thisYear.GetProperty("loans").GetInt32());
        Assert.True(thisYear.GetProperty("suppressed").GetBoolean());

        Assert.Empty(Names(figures).Except(Fields));
        foreach (var local in new[] { Commune, _organiser.ToString(), _receiver.ToString(), _applicant.ToString() })
        {
            Assert.DoesNotContain(local, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_answer_is_kept_five_minutes_and_a_token_changes_nothing()
    {
        await using var publisher = await TestPublisher.StartAsync(RabbitMq);
        await LoanAsync(publisher, new DateTimeOffset(2026, 2, 1, 8, 0, 0, TimeSpan.Zero));
        await WaitForAsync(("equipment.loans", 1));
        using var anonymous = Service.CreateClient(token: null);
        var first = await ActivityFigures.JsonAsync(anonymous, "/api/activity/public");
        Assert.Equal("1", ActivityFigures.At(first, "thisYear.loans"));

        await LoanAsync(publisher, new DateTimeOffset(2026, 2, 2, 8, 0, 0, TimeSpan.Zero));
        await WaitForAsync(("equipment.loans", 2));
        using var staff = Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Staff(_organiser)));
        Assert.Equal(first.GetRawText(), (await ActivityFigures.JsonAsync(staff, "/api/activity/public")).GetRawText());
    }

    private static async Task PartnerAsync(TestPublisher publisher, Guid id, string status) =>
        await publisher.PublishAsync(
            new PartnerRegistered(
                new PartnerSnapshot(
                    id,
                    "Centre social du Roya",
                    "centre-social",
                    status,
                    "06540",
                    Commune,
                    null,
                    null,
                    null
                ),
                Now.AddYears(-3)
            ),
            Guid.NewGuid()
        );

    private async Task<EventSnapshot> WorkshopAsync(TestPublisher publisher, DateTimeOffset startsAt)
    {
        var workshop = new EventSnapshot(
            Guid.CreateVersion7(),
            _organiser,
            [],
            "atelier-numerique",
            "06540",
            Commune,
            startsAt,
            startsAt.AddHours(2),
            20
        );
        await publisher.PublishAsync(new EventPublished(workshop, startsAt.AddDays(-20)), Guid.NewGuid());
        return workshop;
    }

    private static async Task SeatsAsync(TestPublisher publisher, EventSnapshot workshop, params int[] registrations)
    {
        foreach (var seats in registrations)
        {
            await publisher.PublishAsync(
                new RegistrationConfirmed(Guid.CreateVersion7(), workshop, seats, false, workshop.StartsAt.AddDays(-2)),
                Guid.NewGuid()
            );
        }
    }

    private async Task ReferralsAsync(TestPublisher publisher, DateTimeOffset sentAt, int sent, int accepted)
    {
        for (var i = 0; i < sent; i++)
        {
            var id = Guid.CreateVersion7();
            await publisher.PublishAsync(
                new ReferralSent(id, _organiser, _receiver, ["ants"], "normal", Commune, null, sentAt),
                Guid.NewGuid()
            );
            if (i < accepted)
            {
                await publisher.PublishAsync(
                    new ReferralAccepted(id, _organiser, _receiver, 24, sentAt.AddDays(1)),
                    Guid.NewGuid()
                );
            }
        }
    }

    private async Task LoanAsync(TestPublisher publisher, DateTimeOffset from)
    {
        var item = new EquipmentSnapshot(Guid.CreateVersion7(), _receiver, "laptop", "06540", Commune);
        var reservation = new ReservationSnapshot(Guid.CreateVersion7(), item, _organiser, from, from.AddDays(2));
        await publisher.PublishAsync(new EquipmentCheckedOut(reservation, from), Guid.NewGuid());
    }

    /// <summary>Until the coordinator's overview of all time gives each figure (a dotted path) its value.</summary>
    private async Task WaitForAsync(params (string Path, int Value)[] figures)
    {
        using var coordinator = Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Coordinator()));
        await Eventually.AssertAsync(
            async () =>
            {
                var all = await ActivityFigures.JsonAsync(coordinator, "/api/activity/overview");
                return figures.All(figure => ActivityFigures.At(all, figure.Path) == $"{figure.Value}");
            },
            $"the overview gives {string.Join(", ", figures)}"
        );
    }

    /// <summary>Every property name of <paramref name="json"/>, at any depth.</summary>
    private static IEnumerable<string> Names(JsonElement json) =>
        json.ValueKind == JsonValueKind.Object
            ? json.EnumerateObject().SelectMany(property => Names(property.Value).Prepend(property.Name))
            : [];
}
