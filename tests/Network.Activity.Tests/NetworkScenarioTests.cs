using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Network.Activity.Persistence;
using Network.Activity.Projection;
using Network.Testing;
using Network.Testing.Databases;
using Network.Testing.Hosting;
using Network.Testing.Identity;
using Network.Testing.RabbitMq;

namespace Network.Activity.Tests;

/// <summary>
/// A known scenario driven through the real partners, events, referrals and equipment services and the broker: every
/// figure of the overview, the per-partner table and the flows is checked against values worked out by hand below.
/// The same figures must come back after a rebuild, and from fresh instances fed every message twice, or shuffled.
/// </summary>
public sealed class NetworkScenarioTests(TestInfrastructure infrastructure)
    : ServiceTest<ActivityDbContext>(infrastructure, "activitydb")
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private ServicesUnderTest Others { get; set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Others = new ServicesUnderTest(Infrastructure, _clock);
        await Others.StartAsync(Settings);
    }

    public override async Task DisposeAsync()
    {
        await Others.DisposeAsync();
        await base.DisposeAsync();
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public async Task Every_figure_matches_the_scenario_and_survives_rebuild_redelivery_and_disorder()
    {
        var s = Others;
        var a = await s.PartnerAsync("Centre social Les Moulins", "06200", "Nice");
        var b = await s.PartnerAsync("France Services de Cagnes", "06800", "Cagnes-sur-Mer");
        var c = await s.PartnerAsync("Médiathèque d'Antibes", "06600", "Antibes");
        await s.ApplyAsync("Association Trait d'union");

        // Events. E1 (A, 10 seats): 2 + 2 + 1 confirmed, a 3-seat registration cancelled: 5 seats; 4 came, 1 did not, 2
        // walk-ins.
        var e1 = await s.EventAsync(a, "Nice", 10, startsInHours: 24);
        var r1 = (await s.RegisterAsync(e1, 2)).Id;
        var r2 = (await s.RegisterAsync(e1, 2)).Id;
        await s.RegisterAsync(e1, 1);
        await s.CancelRegistrationAsync(a, e1, (await s.RegisterAsync(e1, 3)).Id);

        // E2 (A, 4 seats): 2 + 2, then 1 waitlisted, promoted when a 2-seat registration is cancelled: 3 seats.
        var e2 = await s.EventAsync(a, "Nice", 4, startsInHours: 24);
        var q1 = (await s.RegisterAsync(e2, 2)).Id;
        await s.RegisterAsync(e2, 2);
        Assert.Equal("waitlisted", (await s.RegisterAsync(e2, 1)).Status);
        await s.CancelRegistrationAsync(a, e2, q1);

        // E3 (B, unlimited): published, 2 seats, then cancelled: counted as published and cancelled, never for
        // residents. E4: a draft.
        var e3 = await s.EventAsync(b, "Cagnes-sur-Mer", null, startsInHours: 24);
        await s.RegisterAsync(e3, 2);
        await s.CancelEventAsync(b, e3);
        await s.EventAsync(b, "Cagnes-sur-Mer", 8, startsInHours: 24, publish: false);

        // Loans. L1: B borrows A's laptop, handed over now, back in 25 hours: 2 started days. L2: C borrows it later
        // and keeps it past the end: overdue. L3: C reserves A's projector and cancels: never a loan.
        var laptop = await s.ItemAsync(a, "laptop");
        var projector = await s.ItemAsync(a, "projector");
        var l1 = await s.ReserveAsync(laptop, b, fromHours: 0.5, hours: 30);
        await s.LoanActionAsync(a, l1, "checkout");
        var l2 = await s.ReserveAsync(laptop, c, fromHours: 60, hours: 24);
        var l3 = await s.ReserveAsync(projector, c, fromHours: 2, hours: 5);
        await s.LoanActionAsync(c, l3, "cancel");

        // Referrals, all sent now: ten from A to B for residents of Nice, one from B to A for a resident of
        // Cagnes-sur-Mer.
        var x = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            x.Add(await s.ReferAsync(a, b, "Nice"));
        }

        var y1 = await s.ReferAsync(b, a, "Cagnes-sur-Mer");
        _clock.Advance(TimeSpan.FromHours(1));
        await s.ReferralActionAsync(b, x[0], "accept");
        await s.ReferralActionAsync(b, x[1], "accept");
        _clock.Advance(TimeSpan.FromHours(1));
        await s.ReferralActionAsync(b, x[2], "accept");
        await s.ReferralActionAsync(b, x[3], "accept");
        _clock.Advance(TimeSpan.FromHours(1));
        await s.ReferralActionAsync(b, x[4], "accept");
        await s.ReferralActionAsync(b, x[6], "decline", new { reason = "hors-perimetre" });
        _clock.Advance(TimeSpan.FromHours(3));
        await s.ReferralActionAsync(b, x[5], "accept");
        await s.ReferralActionAsync(b, x[9], "accept");
        await s.ReferralActionAsync(a, y1, "accept");
        foreach (var done in x.Take(3))
        {
            await s.ReferralActionAsync(b, done, "complete", new { outcome = "Dossier CAF déposé." });
        }

        await s.ReferralActionAsync(b, x[3], "no-show");
        await s.ReferralActionAsync(a, x[8], "cancel", new { reason = "La personne a trouvé de l'aide ailleurs." });
        await s.ReferralActionAsync(a, x[9], "cancel", new { reason = "La personne a déménagé." });

        // 25 hours after the start: the events have begun, attendance is recorded, L1 comes back.
        _clock.Advance(TimeSpan.FromHours(19));
        await s.AttendanceAsync(a, e1, [r1, r2], walkIns: 2);
        await s.LoanActionAsync(a, l1, "return", new { condition = "good" });

        // L2 is handed over at its start and not back at its end.
        _clock.Advance(TimeSpan.FromHours(36));
        await s.LoanActionAsync(a, l2, "checkout");
        _clock.Advance(TimeSpan.FromHours(26));

        // A month later the unanswered x[7] has expired; C then refers a resident of Antibes to B, who has not answered
        // yet.
        _clock.Advance(TimeSpan.FromDays(31));
        await s.ReferAsync(c, b, "Antibes");

        var token = Infrastructure.Issuer.TokenFor(TestUser.Coordinator());
        using var coordinator = Service.CreateClient(token);
        await Eventually.AssertAsync(
            async () =>
            {
                var o = await ActivityFigures.JsonAsync(coordinator, "/api/activity/overview");
                return ActivityFigures.At(o, "referrals.expired") == "1"
                    && ActivityFigures.At(o, "referrals.sent") == "12"
                    && ActivityFigures.At(o, "equipment.overdue") == "1"
                    && ActivityFigures.At(o, "events.attendance") == "6"
                    && ActivityFigures.At(o, "referrals.completed") == "3"
                    && ActivityFigures.At(o, "partners.pending") == "1";
            },
            "the activity service has every message of the scenario"
        );
        var before = await StoredCountAsync(Service);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(before, await StoredCountAsync(Service));

        await CheckOverviewAsync(coordinator, a);
        await CheckPartnerTableAsync(coordinator, a, b, c);
        await CheckFlowsAndPendingAsync(coordinator, a, b, c);
        var figures = await ActivityFigures.ReadAsync(Service, token, a, b, c);

        // Rebuild: the same figures from the stored messages.
        var rebuilt = await coordinator.PostAsync(new Uri("/api/activity/rebuild", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, rebuilt.StatusCode);
        Assert.Equal(
            before,
            (await rebuilt.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messages").GetInt32()
        );
        AssertSame(figures, await ActivityFigures.ReadAsync(Service, token, a, b, c), "after a rebuild");

        // Every message delivered twice, then every message in shuffled order, each to a fresh instance.
        var stored = await Service.WithScopeAsync<ActivityDbContext, List<ReceivedMessage>>(db =>
            db.ReceivedMessages.AsNoTracking().ToListAsync()
        );
        var twice = stored.SelectMany(message => new[] { message, message }).ToList();
        AssertSame(figures, await ReplayAsync(twice, token, a, b, c), "with every message delivered twice");
        var shuffled = stored.ToArray();
        new Random(20261129).Shuffle(shuffled);
        Assert.NotEqual(stored.Select(m => m.Id), shuffled.Select(m => m.Id));
        AssertSame(figures, await ReplayAsync(shuffled, token, a, b, c), "with the messages in shuffled order");
    }

    private static async Task CheckOverviewAsync(HttpClient coordinator, Guid a)
    {
        var network = await ActivityFigures.JsonAsync(coordinator, "/api/activity/overview");
        Expect(
            network,
            new()
            {
                ["partners.active"] = "3",
                ["partners.pending"] = "1",

                // E1, E2, E3 published; E3 cancelled; seats 5 + 3 (E3's are not counted); present 4 + 2 walk-ins; 1
                // absent of 5 registered.
                ["events.published"] = "3",
                ["events.cancelled"] = "1",
                ["events.registrations"] = "8",
                ["events.attendance"] = "6",
                ["events.noShows"] = "1",
                ["events.fillRate"] = "0.5714",
                ["events.noShowRate"] = "0.2",
                ["events.suppressed"] = "false",

                // 12 sent; accepted x0-x5, x9, y1; answered in 1,1,2,2,3,3(decline),6,6,6 hours: median 3; 8 / (8 + 1 +
                // 1).
                ["referrals.sent"] = "12",
                ["referrals.accepted"] = "8",
                ["referrals.declined"] = "1",
                ["referrals.completed"] = "3",
                ["referrals.noShows"] = "1",
                ["referrals.expired"] = "1",
                ["referrals.cancelled"] = "2",
                ["referrals.open"] = "1",
                ["referrals.acceptanceRate"] = "0.8",
                ["referrals.medianHoursToAnswer"] = "3",
                ["referrals.suppressed"] = "false",

                ["equipment.loans"] = "2",
                ["equipment.loanDays"] = "2",
                ["equipment.utilisationRate"] = "null",
                ["equipment.overdue"] = "1",
            }
        );

        // A alone: its two events; the 11 referrals it sent or received, of which declined, completed... fall under 5.
        // Partners' referrals add up to twice the network's 12: with C's 1 suppressed, A's 11 (smaller than B's 12) is
        // suppressed too. Rates computed from a suppressed count are suppressed with it.
        var own = await ActivityFigures.JsonAsync(coordinator, $"/api/activity/overview?partnerId={a}");
        Expect(
            own,
            new()
            {
                ["partners.active"] = "1",
                ["partners.pending"] = "0",
                ["events.published"] = "2",
                ["events.cancelled"] = "0",
                ["events.registrations"] = "8",
                ["events.attendance"] = "6",
                ["events.noShows"] = "null",
                ["events.fillRate"] = "0.5714",
                ["events.noShowRate"] = "null",
                ["events.suppressed"] = "true",
                ["referrals.sent"] = "null",
                ["referrals.accepted"] = "8",
                ["referrals.declined"] = "null",
                ["referrals.completed"] = "null",
                ["referrals.noShows"] = "null",
                ["referrals.expired"] = "null",
                ["referrals.cancelled"] = "null",
                ["referrals.open"] = "null",
                ["referrals.acceptanceRate"] = "null",
                ["referrals.medianHoursToAnswer"] = "3",
                ["referrals.suppressed"] = "true",
                ["equipment.loans"] = "2",
                ["equipment.loanDays"] = "2",
                ["equipment.overdue"] = "1",
            }
        );

        // Nice: E1 and E2, the ten referrals of residents of Nice, loans of A's items. Cagnes-sur-Mer's and Antibes's
        // referrals (1 and 1, accepted 1 and 0) are suppressed, and with them Nice's 10 sent and 7 accepted, the
        // network's 12 and 8 known.
        var nice = await ActivityFigures.JsonAsync(coordinator, "/api/activity/overview?commune=Nice");
        Expect(
            nice,
            new()
            {
                ["partners.active"] = "1",
                ["events.published"] = "2",
                ["events.registrations"] = "8",
                ["referrals.sent"] = "null",
                ["referrals.accepted"] = "null",
                ["referrals.acceptanceRate"] = "null",
                ["referrals.medianHoursToAnswer"] = "2.5",
                ["equipment.loans"] = "2",
            }
        );
    }

    private static async Task CheckPartnerTableAsync(HttpClient coordinator, Guid a, Guid b, Guid c)
    {
        var table = await ActivityFigures.JsonAsync(coordinator, "/api/activity/partners?pageSize=100");
        Assert.Equal(4, table.GetProperty("total").GetInt32());
        var rows = table.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(
            [
                "Association Trait d'union",
                "Centre social Les Moulins",
                "France Services de Cagnes",
                "Médiathèque d'Antibes",
            ],
            rows.Select(row => row.GetProperty("name").GetString())
        );
        var byId = rows.ToDictionary(row => row.GetProperty("partnerId").GetGuid());
        Expect(
            byId[a],
            new()
            {
                ["events.published"] = "2",
                ["events.registrations"] = "8",
                ["events.attendance"] = "6",
                ["events.noShows"] = "null",
                ["events.fillRate"] = "0.5714",
                ["referralsSent"] = "null",
                ["referralsReceived.sent"] = "null",
                ["referralsReceived.acceptanceRate"] = "null",
                ["equipment.lent"] = "2",
                ["equipment.borrowed"] = "0",
                ["equipment.loanDays"] = "2",
                ["equipment.overdue"] = "1",
                ["suppressed"] = "true",
            }
        );

        // Each column adds up to a network total. Sent: B's 1 and C's 1 suppressed, so A's 10 too. Received: A's 1
        // suppressed, so B's 11 (10 from A, 1 from C) too; accepted likewise (A's 1, B's 7). B's answers in
        // 1,1,2,2,3,3,6,6 hours: median 2.5.
        Expect(
            byId[b],
            new()
            {
                ["events.published"] = "1",
                ["events.cancelled"] = "1",
                ["events.registrations"] = "null",
                ["referralsSent"] = "null",
                ["referralsReceived.sent"] = "null",
                ["referralsReceived.accepted"] = "null",
                ["referralsReceived.declined"] = "null",
                ["referralsReceived.acceptanceRate"] = "null",
                ["referralsReceived.medianHoursToAnswer"] = "2.5",
                ["equipment.lent"] = "0",
                ["equipment.borrowed"] = "1",
                ["equipment.loanDays"] = "0",
            }
        );
        Expect(
            byId[c],
            new()
            {
                ["events.published"] = "0",
                ["referralsSent"] = "null",
                ["referralsReceived.sent"] = "null",
                ["equipment.borrowed"] = "1",
            }
        );

        var csv = await coordinator.GetAsync(new Uri("/api/activity/export.csv", UriKind.Relative));
        Assert.Equal("text/csv; charset=utf-8", csv.Content.Headers.ContentType?.ToString());
        Assert.Equal(
            "activite-partenaires.csv",
            csv.Content.Headers.ContentDisposition?.FileNameStar ?? csv.Content.Headers.ContentDisposition?.FileName
        );
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = System
            .Text.Encoding.UTF8.GetString(bytes[3..])
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith(
            "Identifiant;Partenaire;Commune;Statut;Événements publiés;",
            lines[0],
            StringComparison.Ordinal
        );
        Assert.Equal(
            $"{b};France Services de Cagnes;Cagnes-sur-Mer;actif;1;1;;;;;;;;;;;;;;;2,5;0;1;0;;0",
            lines.Single(line => line.StartsWith(b.ToString(), StringComparison.Ordinal))
        );
    }

    private static async Task CheckFlowsAndPendingAsync(HttpClient coordinator, Guid a, Guid b, Guid c)
    {
        var flows = await ActivityFigures.JsonAsync(coordinator, "/api/activity/referral-flows");
        Assert.Equal(12, flows.GetProperty("total").GetInt32());
        var pairs = flows
            .GetProperty("flows")
            .EnumerateArray()
            .Select(f =>
                (
                    f.GetProperty("fromPartnerId").GetGuid(),
                    f.GetProperty("toPartnerId").GetGuid(),
                    ActivityFigures.At(f, "count"),
                    f.GetProperty("suppressed").GetBoolean()
                )
            )
            .ToList();
        // B → A and C → B (1 each) are suppressed, so A → B (10) too: the total would give it. Suppressed pairs come by
        // name.
        Assert.Equal([(a, b, "null", true), (b, a, "null", true), (c, b, "null", true)], pairs);
        Assert.Equal(3, flows.GetProperty("partnerCount").GetInt32());

        // The two busiest as a reader of the answer can weigh them (a suppressed pair as 1): B (3 pairs), then A (2).
        var busiest = await ActivityFigures.JsonAsync(coordinator, "/api/activity/referral-flows?busiest=2");
        Assert.Equal(
            [(a, b), (b, a)],
            busiest
                .GetProperty("flows")
                .EnumerateArray()
                .Select(f => (f.GetProperty("fromPartnerId").GetGuid(), f.GetProperty("toPartnerId").GetGuid()))
        );
        Assert.Equal(
            (12, 3),
            (busiest.GetProperty("total").GetInt32(), busiest.GetProperty("partnerCount").GetInt32())
        );

        var pending = await ActivityFigures.JsonAsync(coordinator, "/api/activity/referrals/pending");
        Assert.Equal(1, pending.GetProperty("total").GetInt32());
        var only = Assert.Single(pending.GetProperty("partners").EnumerateArray());
        Assert.Equal(b, only.GetProperty("partnerId").GetGuid());
        Assert.Equal(
            ("null", "null", true),
            (
                ActivityFigures.At(only, "open"),
                ActivityFigures.At(only, "oldestDays"),
                only.GetProperty("suppressed").GetBoolean()
            )
        );
        Assert.Equal(
            0,
            (await ActivityFigures.JsonAsync(coordinator, "/api/activity/referrals/pending?olderThanDays=1"))
                .GetProperty("total")
                .GetInt32()
        );
    }

    private async Task<Dictionary<string, string>> ReplayAsync(
        IReadOnlyList<ReceivedMessage> deliveries,
        string token,
        params Guid[] partners
    )
    {
        var settings = await Infrastructure.ServiceSettingsAsync();
        settings["ConnectionStrings:activitydb"] = await TestDatabase.CreateAsync("activitydb");
        await using var fresh = new ServiceFactory<ActivityDbContext>(settings, services =>
            services.AddSingleton<TimeProvider>(_clock)
        );
        await fresh.StartAsync();
        await using (var publisher = await TestPublisher.StartAsync(settings["ConnectionStrings:rabbitmq"]!))
        {
            foreach (var delivery in deliveries)
            {
                await PublishAsync(publisher, MessageCatalogue.Deserialize(delivery.Type, delivery.Body), delivery.Id);
            }
        }

        var distinct = deliveries.Select(d => d.Id).Distinct().Count();
        await Eventually.AssertAsync(
            async () => await StoredCountAsync(fresh) == distinct,
            "the fresh instance stored every message"
        );
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(distinct, await StoredCountAsync(fresh));
        return await ActivityFigures.ReadAsync(fresh, token, partners);
    }

    /// <summary>Publishes under the message's own type, as its service did, with its original MessageId.</summary>
    private static Task PublishAsync(TestPublisher publisher, object message, Guid messageId) =>
        (Task)
            typeof(TestPublisher)
                .GetMethod(nameof(TestPublisher.PublishAsync))!
                .MakeGenericMethod(message.GetType())
                .Invoke(publisher, [message, messageId])!;

    private static Task<int> StoredCountAsync(ServiceFactory<ActivityDbContext> activity) =>
        activity.WithScopeAsync<ActivityDbContext, int>(db => db.ReceivedMessages.CountAsync());

    private static void Expect(JsonElement json, Dictionary<string, string> expected)
    {
        foreach (var (path, value) in expected)
        {
            Assert.True(
                ActivityFigures.At(json, path) == value,
                $"{path}: expected {value}, got {ActivityFigures.At(json, path)}"
            );
        }
    }

    private static void AssertSame(Dictionary<string, string> expected, Dictionary<string, string> actual, string when)
    {
        foreach (var (query, body) in expected)
        {
            Assert.True(body == actual[query], $"{query} differs {when}:\n{body}\n{actual[query]}");
        }
    }
}
