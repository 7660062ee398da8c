using System.Text.Json;
using Network.Activity.Projection;
using Network.Contracts;
using Network.Contracts.Equipment;
using Network.Contracts.Events;
using Network.Contracts.Referrals;

namespace Network.Activity.Tests;

/// <summary>The projection alone: whatever order the messages of one aggregate arrive in, its row ends the
/// same.</summary>
public sealed class ProjectionOrderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Histories => ["referral", "event", "loan"];

    [Theory]
    [MemberData(nameof(Histories))]
    public async Task Every_order_of_a_history_gives_the_same_rows(string history)
    {
        var messages = History(history);
        var expected = await RowsAsync(messages);
        var random = new Random(7);
        for (var trial = 0; trial < 50; trial++)
        {
            var shuffled = messages.ToArray();
            random.Shuffle(shuffled);
            Assert.Equal(expected, await RowsAsync(shuffled));
        }

        Assert.Equal(expected, await RowsAsync([.. messages.AsEnumerable().Reverse()]));
    }

    private static IIntegrationEvent[] History(string name)
    {
        var from = Guid.CreateVersion7();
        var to = Guid.CreateVersion7();
        switch (name)
        {
            case "referral":
                var referral = Guid.CreateVersion7();
                return
                [
                    new ReferralSent(referral, from, to, ["ants"], "urgent", "Menton", null, T0),
                    new ReferralAnswerOverdue(referral, from, to, 7, T0.AddDays(7)),
                    new ReferralAccepted(referral, from, to, 200, T0.AddHours(200)),
                    new ReferralNoShow(referral, from, to, T0.AddDays(12)),
                ];
            case "event":
                var before = new EventSnapshot(
                    Guid.CreateVersion7(),
                    from,
                    [],
                    "cafe-ia",
                    "06500",
                    "Menton",
                    T0.AddDays(5),
                    T0.AddDays(5).AddHours(2),
                    6
                );
                var after = before with { StartsAt = T0.AddDays(6), EndsAt = T0.AddDays(6).AddHours(2), Capacity = 8 };
                var first = Guid.CreateVersion7();
                var second = Guid.CreateVersion7();
                return
                [
                    new EventPublished(before, T0),
                    new RegistrationConfirmed(first, before, 2, false, T0.AddHours(1)),
                    new RegistrationWaitlisted(second, before, 3, false, T0.AddHours(2)),
                    new EventRescheduled(after, before.StartsAt, before.EndsAt, T0.AddHours(3)),
                    new WaitlistPromoted(second, after, 3, T0.AddHours(3)),
                    new RegistrationCancelled(first, after, 2, true, T0.AddHours(4)),
                    new AttendanceRecorded(after, 3, 1, 2, 0, T0.AddDays(6).AddHours(1)),
                    new AttendanceRecorded(after, 3, 2, 1, 1, T0.AddDays(6).AddHours(3)),
                ];
            default:
                var item = new EquipmentSnapshot(Guid.CreateVersion7(), from, "radio-kit", "06500", "Menton");
                var reservation = new ReservationSnapshot(
                    Guid.CreateVersion7(),
                    item,
                    to,
                    T0.AddDays(1),
                    T0.AddDays(3)
                );
                return
                [
                    new EquipmentRegistered(item, true, T0.AddDays(-10)),
                    new ReservationRequested(reservation, true, T0),
                    new ReservationApproved(reservation, false, T0.AddHours(1)),
                    new EquipmentCheckedOut(reservation, T0.AddDays(1)),
                    new ReservationExtended(reservation with { To = T0.AddDays(4) }, reservation.To, T0.AddDays(2)),
                    new LoanOverdue(reservation with { To = T0.AddDays(4) }, T0.AddDays(4).AddMinutes(1)),
                    new EquipmentReturned(reservation with { To = T0.AddDays(4) }, "fair", 4, true, T0.AddDays(5)),
                ];
        }
    }

    private static async Task<List<string>> RowsAsync(IEnumerable<IIntegrationEvent> messages)
    {
        var store = new MemoryReadModelStore();
        foreach (var message in messages)
        {
            await ActivityProjection.ApplyAsync(message, store, CancellationToken.None);
        }

        return
        [
            .. store
                .Rows.Select(row => $"{row.GetType().Name} {JsonSerializer.Serialize(row, row.GetType())}")
                .Order(StringComparer.Ordinal),
        ];
    }
}
