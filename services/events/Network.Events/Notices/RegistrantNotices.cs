using Microsoft.EntityFrameworkCore;
using Network.Events.Domain;
using Network.Events.Persistence;

namespace Network.Events.Notices;

/// <summary>Owes registrants a message about a change, in the unit of work that makes the change.</summary>
internal static class RegistrantNotices
{
    /// <summary>Every registrant still holding a seat or a place on the waitlist hears of the change to
    /// <paramref name="e"/>.</summary>
    public static async Task OweEveryRegistrantAsync(
        EventsDbContext db,
        Event e,
        NoticeKind kind,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(e);
        var registrants = await db
            .Registrations.Where(r =>
                r.EventId == e.Id && r.Status != RegistrationStatus.Cancelled && r.ReferralId == null
            )
            .ToListAsync(cancellationToken);
        Owe(db, registrants, kind, now);
    }

    /// <summary>
    /// Referred residents are told by the partner that referred them, which learns of the change by message; the
    /// others are told here.
    /// </summary>
    public static void Owe(
        EventsDbContext db,
        IEnumerable<Registration> registrants,
        NoticeKind kind,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Notices.AddRange(
            registrants.Where(r => r.ReferralId is null).Select(r => RegistrantNotice.For(r, kind, now))
        );
    }
}
