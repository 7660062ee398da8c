using Microsoft.EntityFrameworkCore;
using Network.Events.Domain;
using Network.Events.Notices;
using Network.Events.Persistence;

namespace Network.Events.Api;

/// <summary>
/// The public registering an e-mail or phone that already holds seats at the event. Answering with the existing
/// registration would tell anybody whether a given person attends (a rights-access session, say), and taking new
/// seats would let a stranger who registers someone's address first stand in their place. So the caller gets what a
/// new registration would get, built from the event's counts and never from the existing registration; nothing
/// else changes, and the holder, when they left an e-mail address, is told of the attempt with a cancellation link.
/// </summary>
internal static class PublicDuplicate
{
    /// <summary>Attempts repeated within this time send no further e-mail, so that nobody floods a holder's mailbox
    /// through the form.</summary>
    private static readonly TimeSpan NoticeAtMostEvery = TimeSpan.FromDays(1);

    public static async Task<RegistrationResponse> AnswerAsync(
        EventsDbContext db,
        Event target,
        RegistrationRequest request,
        Registration existing,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(existing);
        var token = Registrations.NewToken();
        var decoy = RegistrationDecoy.Create(target.Id, Registrations.Hash(token), now);
        db.RegistrationDecoys.Add(decoy);
        var since = now - NoticeAtMostEvery;
        if (
            existing.Email is not null
            && !await db.Notices.AnyAsync(
                n =>
                    n.SubjectId == existing.Id
                    && n.Kind == nameof(NoticeKind.RegistrationAttempted)
                    && n.CreatedAt > since,
                cancellationToken
            )
        )
        {
            RegistrantNotices.Owe(db, [existing], NoticeKind.RegistrationAttempted, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        var confirmed = target.WouldConfirm(request.Seats);
        return new RegistrationResponse(
            decoy.Id,
            target.Id,
            confirmed ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted,
            request.Seats,
            confirmed ? null : target.WaitlistLength + 1,
            token
        );
    }
}
