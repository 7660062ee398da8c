using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Network.Activity.Persistence;
using Network.Activity.Projection;
using Network.Activity.Queries;
using Network.Activity.ReadModels;
using Network.Contracts;
using Network.Contracts.Equipment;
using Network.Contracts.Events;
using Network.Contracts.Referrals;
using Network.ServiceDefaults.Persistence;
using Network.Testing.Databases;

namespace Network.Activity.Tests;

/// <summary>
/// The daily totals against the rows they summarise, on a real database: histories that move events between days and
/// communes, cancel, correct attendance and return loans, stored in shuffled batches as deliveries store them.
/// </summary>
public sealed class DailyTotalsTests : IAsyncLifetime
{
    private static readonly string[] Communes = ["Nice", "Menton", "Grasse"];
    private static readonly DateTimeOffset Start = new(2026, 3, 20, 0, 0, 0, TimeSpan.Zero);

    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:activitydb"] = await TestDatabase.CreateAsync("activity");
        builder.Configuration[ServiceDatabase.ProviderKey] = TestDatabase.Provider.ToString();
        // Required of a service with a database; these tests encrypt nothing, so the folder is never created.
        builder.Configuration["DataProtection:KeyRingPath"] = Path.Combine(
            Path.GetTempPath(),
            "network-test-keys-" + Guid.NewGuid().ToString("N")
        );
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddServiceDatabase<ActivityDbContext>("activitydb");
        builder.Services.AddSingleton<RebuildLock>();
        builder.Services.AddScoped<ReadModelRebuild>();
        _host = builder.Build();
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    [Fact]
    public async Task Every_period_and_commune_reads_from_the_daily_totals_what_the_rows_give()
    {
        var random = new Random(20260329);
        await StoreAsync(Histories(random, 120), random);

        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        Assert.True(await db.DailyTotals.CountAsync() > 20, "the histories fill many days");
        foreach (var filter in Filters(random))
        {
            var fromRows = await PeriodTotals.FromRowsAsync(db, filter, CancellationToken.None);
            var read = await PeriodTotals.OfAsync(db, filter, CancellationToken.None);
            Assert.True(fromRows == read, $"{filter}: rows give {fromRows}, the daily totals {read}");
        }
    }

    [Fact]
    public async Task Every_series_without_a_partner_reads_from_the_daily_totals_what_the_rows_give()
    {
        var random = new Random(20260406);
        await StoreAsync(Histories(random, 120), random);

        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        foreach (var filter in Filters(random))
        {
            foreach (var metric in Metrics.Names)
            {
                foreach (var granularity in new[] { Granularity.Week, Granularity.Month })
                {
                    var fromRows = Buckets(await Metrics.Points(db, metric, filter).ToListAsync(), granularity);
                    var read = Buckets(
                        await Metrics.PointsAsync(db, metric, filter, CancellationToken.None),
                        granularity
                    );
                    Assert.True(
                        fromRows.SequenceEqual(read),
                        $"{filter}, {metric} by {granularity}: rows give {string.Join(", ", fromRows)}, "
                            + $"the daily totals {string.Join(", ", read)}"
                    );
                }
            }
        }
    }

    /// <summary>The sums of each bucket and commune, in order; empty ones left out.</summary>
    private static List<(DateTimeOffset, string, int)> Buckets(List<Metrics.Point> points, Granularity granularity) =>
        [
            .. points
                .GroupBy(p => (ParisCalendar.BucketStart(p.At, granularity), p.Commune))
                .Select(g => (g.Key.Item1, g.Key.Commune, g.Sum(p => p.Value)))
                .Where(bucket => bucket.Item3 != 0)
                .OrderBy(bucket => bucket.Item1)
                .ThenBy(bucket => bucket.Commune, StringComparer.Ordinal),
        ];

    [Theory]
    [InlineData(16)]
    [InlineData(0)] // a filter of 64 bits: soon every new row is looked up in the database before it is created
    public async Task A_rebuild_and_a_backfill_write_the_rows_and_totals_the_deliveries_kept(int filterBitsPerMessage)
    {
        var random = new Random(11);
        await StoreAsync(Histories(random, 60), random);
        var kept = await StoredTotalsAsync();
        var rows = await StoredRowsAsync();

        await using (var scope = _host.Services.CreateAsyncScope())
        {
            // Saved every 7 messages: most rows are read back from the database by a later message.
            var rebuild = new ReadModelRebuild(
                scope.ServiceProvider.GetRequiredService<ActivityDbContext>(),
                _host.Services.GetRequiredService<RebuildLock>(),
                _host.Services.GetRequiredService<IServiceScopeFactory>()
            )
            {
                FlushEvery = 7,
                FilterBitsPerMessage = filterBitsPerMessage,
            };
            var outcome = await rebuild.RunAsync(CancellationToken.None);
            Assert.Equal(rows.Count, outcome.Rows);
        }

        Assert.Equal(kept, await StoredTotalsAsync());
        Assert.Equal(rows, await StoredRowsAsync());

        await using (var scope = _host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ActivityDbContext>().DailyTotals.ExecuteDeleteAsync();
        }

        await new DailyTotalsBackfill(
            _host.Services.GetRequiredService<IServiceScopeFactory>(),
            NullLogger<DailyTotalsBackfill>.Instance
        ).StartAsync(CancellationToken.None);
        Assert.Equal(kept, await StoredTotalsAsync());
    }

    [Fact]
    public async Task Rows_saved_outside_a_transaction_are_refused_rather_than_left_out_of_the_totals()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        var snapshot = new EventSnapshot(
            Guid.CreateVersion7(),
            Guid.CreateVersion7(),
            [],
            "cafe-ia",
            "06000",
            "Nice",
            Start,
            Start.AddHours(2),
            10
        );
        await ActivityProjection.ApplyAsync(
            new EventPublished(snapshot, Start),
            new DbReadModelStore(db),
            CancellationToken.None
        );

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    /// <summary>Stores the messages as the recorder does: shuffled, in batches, each batch in one
    /// transaction.</summary>
    private async Task StoreAsync(List<IIntegrationEvent> messages, Random random)
    {
        var shuffled = messages.ToArray();
        random.Shuffle(shuffled);
        var stored = 0;
        while (stored < shuffled.Length)
        {
            var batch = shuffled.Skip(stored).Take(random.Next(1, 40)).ToList();
            await using var scope = _host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
            // A server database's retrying strategy runs a transaction as one unit, as the service's own code does.
            await db
                .Database.CreateExecutionStrategy()
                .ExecuteAsync(async () =>
                {
                    db.ChangeTracker.Clear();
                    await using var transaction = await db.Database.BeginTransactionAsync();
                    var store = await DbReadModelStore.ForBatchAsync(db, batch, CancellationToken.None);
                    foreach (var message in batch)
                    {
                        await ActivityProjection.ApplyAsync(message, store, CancellationToken.None);
                        db.ReceivedMessages.Add(
                            ReceivedMessage.Create(
                                Guid.CreateVersion7(),
                                MessageCatalogue.NameOf(message),
                                MessageCatalogue.AggregateOf(message),
                                message.OccurredAt,
                                DateTimeOffset.UtcNow,
                                MessageCatalogue.Serialize(message)
                            )
                        );
                    }

                    await db.SaveChangesAsync();
                    await transaction.CommitAsync();
                });
            stored += batch.Count;
        }
    }

    private async Task<List<string>> StoredTotalsAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        var days = await db.DailyTotals.AsNoTracking().ToListAsync();
        return
        [
            .. days.Where(day => !day.IsEmpty)
                .OrderBy(day => day.Day)
                .ThenBy(day => day.Commune, StringComparer.Ordinal)
                .Select(day => System.Text.Json.JsonSerializer.Serialize(day)),
        ];
    }

    /// <summary>Every read-model row, without the version its updates counted.</summary>
    private async Task<List<string>> StoredRowsAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        var rows = new List<object>();
        rows.AddRange(await db.Events.AsNoTracking().ToListAsync());
        rows.AddRange(await db.Registrations.AsNoTracking().ToListAsync());
        rows.AddRange(await db.Referrals.AsNoTracking().ToListAsync());
        rows.AddRange(await db.Loans.AsNoTracking().ToListAsync());
        rows.AddRange(await db.Items.AsNoTracking().ToListAsync());
        return
        [
            .. rows.Select(row =>
                {
                    var json = System
                        .Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(row, row.GetType()))!
                        .AsObject();
                    json.Remove("Version");
                    return $"{row.GetType().Name} {json.ToJsonString()}";
                })
                .Order(StringComparer.Ordinal),
        ];
    }

    private static IEnumerable<ActivityFilter> Filters(Random random)
    {
        yield return ActivityFilter.Network;
        yield return ActivityFilter.Network with
        {
            Commune = "Menton",
        };
        yield return ActivityFilter.Network with
        {
            Commune = "Ailleurs",
        };
        for (var i = 0; i < 60; i++)
        {
            // Paris midnights (dates alone), arbitrary instants, and periods shorter than a day.
            var from = Start.AddHours(random.Next(-24, 24 * 40)).AddMinutes(i % 3 == 0 ? random.Next(60) : 0);
            var to = from.AddHours(i % 5 == 0 ? random.Next(1, 20) : random.Next(24, 24 * 30));
            var filter = new ActivityFilter(
                i % 4 == 0 ? null
                    : i % 2 == 0 ? ParisCalendar.Midnight(ParisCalendar.Day(from))
                    : from,
                i % 7 == 0 ? null
                    : i % 2 == 0 ? ParisCalendar.Midnight(ParisCalendar.Day(to))
                    : to,
                i % 3 == 0 ? null : Communes[random.Next(Communes.Length)],
                null
            );
            yield return filter;
        }
    }

    private static List<IIntegrationEvent> Histories(Random random, int count)
    {
        var partners = Enumerable.Range(0, 6).Select(_ => Guid.CreateVersion7()).ToArray();
        var messages = new List<IIntegrationEvent>();
        for (var i = 0; i < count; i++)
        {
            // Around midnight in Paris now and then, across the change to summer time on 29 March.
            var at = Start.AddHours(random.Next(0, 24 * 30)).AddMinutes(random.Next(-90, 90));
            messages.AddRange(
                (i % 3) switch
                {
                    0 => Event(random, partners, at),
                    1 => Referral(random, partners, at),
                    _ => Loan(random, partners, at),
                }
            );
        }

        return messages;
    }

    private static IEnumerable<IIntegrationEvent> Event(Random random, Guid[] partners, DateTimeOffset at)
    {
        var capacity = random.Next(3) == 0 ? (int?)null : random.Next(4, 12);
        var before = new EventSnapshot(
            Guid.CreateVersion7(),
            partners[random.Next(partners.Length)],
            [],
            "atelier-numerique",
            "06000",
            Communes[random.Next(Communes.Length)],
            at,
            at.AddHours(2),
            capacity
        );
        var current = before;
        yield return new EventPublished(before, at.AddDays(-10));
        if (random.Next(3) == 0)
        {
            current = before with
            {
                StartsAt = at.AddHours(random.Next(-30, 30)),
                Commune = Communes[random.Next(Communes.Length)],
                Capacity = (capacity ?? 8) + 2,
            };
            yield return new EventRescheduled(current, before.StartsAt, before.EndsAt, at.AddDays(-5));
        }

        var seats = 0;
        for (var r = random.Next(0, 6); r > 0; r--)
        {
            var registration = Guid.CreateVersion7();
            var asked = random.Next(1, 3);
            yield return new RegistrationConfirmed(registration, before, asked, false, at.AddDays(-9).AddHours(r));
            if (random.Next(4) == 0)
            {
                yield return new RegistrationCancelled(registration, current, asked, true, at.AddDays(-6).AddHours(r));
            }
            else
            {
                seats += asked;
            }
        }

        switch (random.Next(4))
        {
            case 0:
                yield return new EventCancelled(current, seats, at.AddDays(-1));
                break;
            case 1:
                yield return new AttendanceRecorded(current, seats, seats / 2, seats - (seats / 2), 1, at.AddHours(3));
                yield return new AttendanceRecorded(current, seats, seats, 0, 2, at.AddHours(5));
                break;
        }
    }

    private static List<IIntegrationEvent> Referral(Random random, Guid[] partners, DateTimeOffset at)
    {
        var id = Guid.CreateVersion7();
        var from = partners[random.Next(partners.Length)];
        var to = partners[random.Next(partners.Length)];
        var hours = random.Next(1, 100) + 0.25;
        var messages = new List<IIntegrationEvent>
        {
            new ReferralSent(
                id,
                from,
                to,
                ["demarches-caf"],
                "normal",
                Communes[random.Next(Communes.Length)],
                null,
                at
            ),
        };
        messages.AddRange(
            random.Next(6) switch
            {
                0 =>
                [
                    new ReferralAccepted(id, from, to, hours, at.AddHours(hours)),
                    new ReferralCompleted(id, from, to, at.AddHours(hours + 48)),
                ],
                1 =>
                [
                    new ReferralAccepted(id, from, to, hours, at.AddHours(hours)),
                    new ReferralNoShow(id, from, to, at.AddHours(hours + 48)),
                ],
                2 => [new ReferralDeclined(id, from, to, "hors-perimetre", hours, at.AddHours(hours))],
                3 => [new ReferralExpired(id, from, to, at.AddDays(30))],
                4 => [new ReferralCancelled(id, from, to, "sent", "demande-de-la-personne", at.AddHours(2))],
                _ => [],
            }
        );
        return messages;
    }

    private static List<IIntegrationEvent> Loan(Random random, Guid[] partners, DateTimeOffset at)
    {
        var item = new EquipmentSnapshot(
            Guid.CreateVersion7(),
            partners[random.Next(partners.Length)],
            "laptop",
            "06000",
            Communes[random.Next(Communes.Length)]
        );
        var reservation = new ReservationSnapshot(
            Guid.CreateVersion7(),
            item,
            partners[random.Next(partners.Length)],
            at,
            at.AddDays(3)
        );
        var messages = new List<IIntegrationEvent>
        {
            new EquipmentRegistered(item, true, at.AddDays(-20)),
            new ReservationRequested(reservation, true, at.AddDays(-2)),
            new ReservationApproved(reservation, false, at.AddDays(-1)),
        };
        messages.AddRange(
            random.Next(4) switch
            {
                0 => [],
                1 => [new EquipmentCheckedOut(reservation, at)],
                2 =>
                [
                    new EquipmentCheckedOut(reservation, at),
                    new LoanOverdue(reservation, at.AddDays(3).AddMinutes(1)),
                ],
                _ =>
                [
                    new EquipmentCheckedOut(reservation, at),
                    new LoanOverdue(reservation, at.AddDays(3).AddMinutes(1)),
                    new EquipmentReturned(reservation, "good", 4, true, at.AddDays(4)),
                ],
            }
        );
        return messages;
    }
}
