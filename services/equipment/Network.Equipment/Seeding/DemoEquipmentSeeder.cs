using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Network.Contracts.Equipment;
using Network.Equipment.Api;
using Network.Equipment.Domain;
using Network.Equipment.Persistence;
using Network.ServiceDefaults.Seeding;
using Network.ServiceDefaults.Validation;

namespace Network.Equipment.Seeding;

/// <summary>
/// Local mode only (<c>Seed:Demo</c>): lends the demo network a pool of equipment — laptops, tablets, the mobile
/// web-radio kit, a projector — with a few reservations around today. It waits until the partners service has
/// announced the demo partners (the replica gives their names and communes), then adds what is missing, through
/// the same validation as an owner's own request.
/// </summary>
internal sealed partial class DemoEquipmentSeeder(
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<DemoEquipmentSeeder> logger
) : BackgroundService
{
    private const string Resource = "Network.Equipment.Seeding.demo-equipment.json";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var demo = await ReadAsync(stoppingToken);
        var partners = demo
            .Items.Select(i => i.OwnerId)
            .Concat(demo.Reservations.Select(r => r.BorrowerId))
            .Distinct()
            .ToList();
        var deadline = time.GetUtcNow() + Patience;
        while (!await PartnersKnownAsync(partners, stoppingToken))
        {
            if (time.GetUtcNow() > deadline)
            {
                LogGaveUp(logger);
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(2), time, stoppingToken);
        }

        await SeedAsync(demo, stoppingToken);
    }

    private async Task<bool> PartnersKnownAsync(List<Guid> partners, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EquipmentDbContext>();
        return await db.Partners.CountAsync(p => partners.Contains(p.Id), cancellationToken) == partners.Count;
    }

    private async Task SeedAsync(DemoPool demo, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EquipmentDbContext>();
        var facts = scope.ServiceProvider.GetRequiredService<EquipmentFacts>();
        var ids = demo.Items.Select(i => i.Id).ToList();
        await SeedOnce.RunAsync(
            db,
            token => db.Items.AnyAsync(i => ids.Contains(i.Id), token),
            async token =>
            {
                var now = time.GetUtcNow();
                var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
                var items = new Dictionary<Guid, Item>();
                foreach (var seed in demo.Items)
                {
                    var errors = await scope.ServiceProvider.ValidateAsync(seed.Item, token);
                    if (errors.Count > 0)
                    {
                        throw new InvalidOperationException(
                            $"Demo item {seed.Id} is invalid: {JsonSerializer.Serialize(errors)}"
                        );
                    }

                    var item = Item.Register(seed.OwnerId, seed.Item.ToDetails(), now, seed.Id);
                    items[item.Id] = item;
                    db.Items.Add(item);
                    db.Schedules.Add(ItemSchedule.For(item, now));
                    db.Publish(new EquipmentRegistered(await facts.ItemAsync(item, token), item.Shareable, now), time);
                }

                foreach (var seed in demo.Reservations)
                {
                    var item = items[seed.EquipmentId];
                    var from = today.AddDays(seed.FromDay).AddHours(9);
                    var window = new LoanWindow(from, from.AddDays(seed.Days).AddHours(8));
                    var approved = seed.Status is ReservationStatus.Approved or ReservationStatus.CheckedOut;
                    var reservation = Reservation.Request(
                        item,
                        seed.BorrowerId,
                        window,
                        seed.Purpose,
                        approved,
                        now,
                        seed.Id
                    );
                    db.Reservations.Add(reservation);
                    var fact = await facts.ReservationAsync(reservation, item, token);
                    db.Publish(new ReservationRequested(fact, !approved, now), time);
                    if (approved)
                    {
                        db.Publish(new ReservationApproved(fact, Automatically: false, now), time);
                    }

                    if (seed.Status == ReservationStatus.CheckedOut && reservation.CheckOut(item.Components, now))
                    {
                        db.Publish(new EquipmentCheckedOut(fact, now), time);
                    }
                }
            },
            cancellationToken
        );
    }

    private static Task<DemoPool> ReadAsync(CancellationToken cancellationToken) =>
        DemoData.ReadAsync<DemoPool>(typeof(DemoEquipmentSeeder).Assembly, Resource, cancellationToken);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "The demo partners never reached the replica: no demo equipment was added."
    )]
    private static partial void LogGaveUp(ILogger logger);

    private sealed record DemoPool(IReadOnlyList<DemoItem> Items, IReadOnlyList<DemoReservation> Reservations);

    private sealed record DemoItem(Guid Id, Guid OwnerId, ItemRequest Item);

    /// <param name="FromDay">Days from today the loan starts (negative: under way); it runs <paramref name="Days"/>
    /// days.</param>
    private sealed record DemoReservation(
        Guid Id,
        Guid EquipmentId,
        Guid BorrowerId,
        int FromDay,
        int Days,
        string Purpose,
        ReservationStatus Status
    );
}
