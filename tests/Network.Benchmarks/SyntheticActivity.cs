using Network.Contracts;
using Network.Contracts.Equipment;
using Network.Contracts.Events;
using Network.Contracts.Partners;
using Network.Contracts.Referrals;

namespace Network.Benchmarks;

/// <summary>
/// A plausible year of a large network as the activity service receives it: partners, events with their registrations
/// and attendance, referrals with their answers, loans from request to return. Deterministic for a given seed.
/// </summary>
internal static class SyntheticActivity
{
    private static readonly string[] Communes =
    [
        "Nice",
        "Cagnes-sur-Mer",
        "Antibes",
        "Grasse",
        "Menton",
        "Cannes",
        "Vence",
        "Carros",
        "Saint-Martin-Vésubie",
        "Tende",
    ];

    public static IEnumerable<IIntegrationEvent> Messages(int count, int seed)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2025, 1, 6, 8, 0, 0, TimeSpan.Zero);
        var partners = Enumerable.Range(0, 200).Select(_ => Guid.CreateVersion7()).ToArray();
        var produced = 0;
        foreach (var (partner, index) in partners.Select((p, i) => (p, i)))
        {
            var snapshot = new PartnerSnapshot(
                partner,
                $"Partenaire {index:000}",
                "centre-social",
                "active",
                "06000",
                Communes[index % Communes.Length],
                null,
                null,
                null
            );
            yield return new PartnerRegistered(snapshot, start.AddMinutes(index));
            produced++;
        }

        while (produced < count)
        {
            var at = start.AddMinutes(random.Next(0, 525_600));
            var batch = random.Next(3) switch
            {
                0 => Event(random, partners, at),
                1 => Referral(random, partners, at),
                _ => Loan(random, partners, at),
            };
            foreach (var message in batch.Take(count - produced))
            {
                yield return message;
                produced++;
            }
        }
    }

    private static List<IIntegrationEvent> Event(Random random, Guid[] partners, DateTimeOffset at)
    {
        var organiser = partners[random.Next(partners.Length)];
        var capacity = random.Next(6, 21);
        var snapshot = new EventSnapshot(
            Guid.CreateVersion7(),
            organiser,
            [],
            "atelier-numerique",
            "06000",
            Communes[random.Next(Communes.Length)],
            at.AddDays(7),
            at.AddDays(7).AddHours(2),
            capacity
        );
        var messages = new List<IIntegrationEvent> { new EventPublished(snapshot, at) };
        var seats = 0;
        while (seats < capacity - 2)
        {
            messages.Add(
                new RegistrationConfirmed(Guid.CreateVersion7(), snapshot, 1, false, at.AddHours(messages.Count))
            );
            seats++;
        }

        var present = random.Next(seats / 2, seats + 1);
        messages.Add(
            new AttendanceRecorded(
                snapshot,
                seats,
                present,
                seats - present,
                random.Next(0, 4),
                at.AddDays(7).AddHours(1)
            )
        );
        messages.Add(new EventCompleted(snapshot, seats, at.AddDays(7).AddHours(2)));
        return messages;
    }

    private static List<IIntegrationEvent> Referral(Random random, Guid[] partners, DateTimeOffset at)
    {
        var id = Guid.CreateVersion7();
        var from = partners[random.Next(partners.Length)];
        var to = partners[random.Next(partners.Length)];
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
        var hours = random.NextDouble() * 200;
        switch (random.Next(10))
        {
            case < 6:
                messages.Add(new ReferralAccepted(id, from, to, hours, at.AddHours(hours)));
                messages.Add(
                    random.Next(4) == 0
                        ? new ReferralNoShow(id, from, to, at.AddHours(hours + 48))
                        : new ReferralCompleted(id, from, to, at.AddHours(hours + 48))
                );
                break;
            case < 8:
                messages.Add(new ReferralDeclined(id, from, to, "hors-perimetre", hours, at.AddHours(hours)));
                break;
            case 8:
                messages.Add(new ReferralExpired(id, from, to, at.AddDays(30)));
                break;
        }

        return messages;
    }

    private static List<IIntegrationEvent> Loan(Random random, Guid[] partners, DateTimeOffset at)
    {
        var owner = partners[random.Next(partners.Length)];
        var item = new EquipmentSnapshot(
            Guid.CreateVersion7(),
            owner,
            "laptop",
            "06000",
            Communes[random.Next(Communes.Length)]
        );
        var days = random.Next(1, 8);
        var reservation = new ReservationSnapshot(
            Guid.CreateVersion7(),
            item,
            partners[random.Next(partners.Length)],
            at.AddDays(2),
            at.AddDays(2 + days)
        );
        return
        [
            new EquipmentRegistered(item, true, at.AddDays(-1)),
            new ReservationRequested(reservation, true, at),
            new ReservationApproved(reservation, false, at.AddHours(3)),
            new EquipmentCheckedOut(reservation, at.AddDays(2)),
            new EquipmentReturned(reservation, "good", days, false, at.AddDays(2 + days)),
        ];
    }
}
