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

    /// <summary>
    /// A workshop moved to a time still beyond the reminder's <paramref name="advance"/>: the reminders its registrants
    /// had for the former time (sent, or settled otherwise) go, so that each is reminded again before the new one.
    /// Moved to a time within the advance, the message about the move serves as the reminder.
    /// </summary>
    public static async Task RemindAgainAsync(
        EventsDbContext db,
        Event e,
        TimeSpan advance,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(e);
        if (e.StartsAt - now <= advance)
        {
            return;
        }

        var kind = nameof(NoticeKind.EventReminder);
        db.Notices.RemoveRange(
            await db
                .Notices.Where(n =>
                    n.Kind == kind
                    && n.Outcome != NoticeOutcome.Pending
                    && db.Registrations.Any(r => r.Id == n.SubjectId && r.EventId == e.Id)
                )
                .ToListAsync(cancellationToken)
        );
    }

    /// <summary>The key that makes a registration's reminder exist once, whatever instance writes it.</summary>
    public static string ReminderKey(Guid registrationId) => $"{NoticeKind.EventReminder}:{registrationId}";
}
