using Microsoft.EntityFrameworkCore;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.ServiceDefaults.Notices;

namespace Network.Events.Notices;

/// <summary>
/// Owes registrants a message, in the unit of work that makes the change. Referred residents are told by the partner
/// that referred them, which learns of the change by message; the others are told here.
/// </summary>
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

    /// <summary>A registrant without an e-mail address is owed it all the same: the notice is counted on the call
    /// list.</summary>
    public static void Owe(
        EventsDbContext db,
        IEnumerable<Registration> registrants,
        NoticeKind kind,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Notices.AddRange(
            registrants
                .Where(r => r.ReferralId is null && r.NoticesStoppedAt is null)
                .Select(r => Notice.Create(kind.ToString(), r.Id, now))
        );
    }

    /// <summary>
    /// A new registration with an e-mail address is confirmed by e-mail (or told its place on the waitlist); without
    /// one, the registrant was shown the same on the page and nobody has to call them.
    /// </summary>
    public static void OweConfirmation(EventsDbContext db, Registration registration, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(registration);
        if (registration.Email is null)
        {
            return;
        }

        var kind =
            registration.Status == RegistrationStatus.Waitlisted
                ? NoticeKind.RegistrationWaitlisted
                : NoticeKind.RegistrationConfirmed;
        Owe(db, [registration], kind, now);
    }

    /// <summary>The key that makes a registration's reminder exist once, whatever instance writes it.</summary>
    public static string ReminderKey(Guid registrationId) => $"{NoticeKind.EventReminder}:{registrationId}";
}
