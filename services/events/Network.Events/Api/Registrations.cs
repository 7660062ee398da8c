using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Network.Contracts.Events;
using Network.Events.Domain;
using Network.Events.Notices;
using Network.Events.Persistence;
using Network.Events.Privacy;
using Network.ServiceDefaults.Persistence;
using Network.ServiceDefaults.Problems;

namespace Network.Events.Api;

/// <summary>
/// Takes and gives back seats under concurrency. Each attempt reads the event, decides, and saves the
/// registration with the event's new counts in one save guarded by the event's version; when another
/// request got there first, the attempt starts again from the new counts. Capacity holds whatever races. On a server
/// database each attempt first locks the event's row, so that racing requests queue rather than lose rounds.
/// </summary>
internal sealed class Registrations(EventsDbContext db, ContactHashes contactHashes, TimeProvider time)
{
    /// <param name="StandIn">For the public registering a contact already registered: the answer a new registration
    /// would get.</param>
    public sealed record Outcome(
        Registration? Registration,
        string? CancellationToken,
        bool Existing,
        string? Refusal,
        bool NotFound,
        RegistrationResponse? StandIn = null
    );

    public async Task<Outcome> RegisterAsync(
        Guid eventId,
        RegistrationRequest request,
        Func<Event, bool> mayRegister,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        request = request with { ContactHash = await contactHashes.HashAsync(request.ContactKey, cancellationToken) };
        return await OptimisticRetry.RunAsync(
            db,
            token => db.Events.Where(e => e.Id == eventId).LockAsync(token),
            async () =>
            {
                var target = await db.Events.FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);
                if (target is null || !mayRegister(target))
                {
                    return new Outcome(null, null, false, null, NotFound: true);
                }

                if (!target.AcceptsRegistrations(time.GetUtcNow()))
                {
                    return new Outcome(
                        null,
                        null,
                        false,
                        $"L'événement n'est pas ouvert aux inscriptions (statut « {WireCode.Of(target.Status)} »).",
                        false
                    );
                }

                // The same person (by e-mail or phone), or the same referral, gets the registration they already have
                // when staff ask on their behalf; the public learns nothing of it.
                var contact = request.ContactHash;
                var referral = request.ReferralId;
                if (
                    (contact is not null || referral is not null)
                    && await db.Registrations.FirstOrDefaultAsync(
                        r =>
                            r.EventId == eventId
                            && r.Status != RegistrationStatus.Cancelled
                            && (
                                (contact != null && r.ContactHash == contact)
                                || (referral != null && r.ReferralId == referral)
                            ),
                        cancellationToken
                    )
                        is { } existing
                )
                {
                    return request.ByStaff
                        ? new Outcome(existing, null, Existing: true, null, false)
                        : new Outcome(
                            null,
                            null,
                            false,
                            null,
                            false,
                            await PublicDuplicate.AnswerAsync(
                                db,
                                target,
                                request,
                                existing,
                                time.GetUtcNow(),
                                cancellationToken
                            )
                        );
                }

                var token = NewToken();
                var now = time.GetUtcNow();
                var registration = target.Register(request, Hash(token), now);
                db.Registrations.Add(registration);
                RegistrantNotices.OweConfirmation(db, registration, now);
                if (referral is { } referralId)
                {
                    // Collides with an erasure of the referral saved meanwhile: the command then runs again and finds
                    // it erased.
                    db.ReferralStates.Add(ReferralState.Registered(referralId));
                }

                db.Publish(EventFacts.ForRegistration(registration, target, now), time);
                await db.SaveChangesAsync(cancellationToken);
                return new Outcome(registration, token, false, null, false);
            },
            cancellationToken
        );
    }

    /// <summary>Cancels and promotes from the waitlist; null when the registration is unknown.</summary>
    public Task<(Registration? Cancelled, IReadOnlyList<Registration> Promoted)> CancelAsync(
        Guid eventId,
        Guid registrationId,
        Func<Event, Registration, bool> mayCancel,
        CancellationToken cancellationToken
    ) =>
        OptimisticRetry.RunAsync<(Registration?, IReadOnlyList<Registration>)>(
            db,
            token => db.Events.Where(e => e.Id == eventId).LockAsync(token),
            async () =>
            {
                var target = await db.Events.FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);
                var registration = await db.Registrations.FirstOrDefaultAsync(
                    r => r.Id == registrationId && r.EventId == eventId,
                    cancellationToken
                );
                if (target is null || registration is null || !mayCancel(target, registration))
                {
                    return (null, []);
                }

                if (registration.Status == RegistrationStatus.Cancelled)
                {
                    return (registration, []);
                }

                var waitlist = await db
                    .Registrations.Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Waitlisted)
                    .OrderBy(r => r.Sequence)
                    .ToListAsync(cancellationToken);
                var now = time.GetUtcNow();
                var wasConfirmed = registration.Status == RegistrationStatus.Confirmed;
                var promoted = target.CancelRegistration(registration, waitlist, now);
                db.Publish(
                    new RegistrationCancelled(
                        registration.Id,
                        EventFacts.Snapshot(target),
                        registration.Seats,
                        wasConfirmed,
                        now
                    ),
                    time
                );
                EventFacts.Promoted(db, target, promoted, time);
                await db.SaveChangesAsync(cancellationToken);
                return (registration, promoted);
            },
            cancellationToken
        );

    /// <summary>The holder's place in the queue: 1 for the next to be promoted.</summary>
    public async Task<int?> WaitlistPositionAsync(Registration registration, CancellationToken cancellationToken) =>
        registration.Status != RegistrationStatus.Waitlisted
            ? null
            : await db.Registrations.CountAsync(
                r =>
                    r.EventId == registration.EventId
                    && r.Status == RegistrationStatus.Waitlisted
                    && r.Sequence <= registration.Sequence,
                cancellationToken
            );

    /// <summary>192 random bits, URL-safe: what a registrant cancels with.</summary>
    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The token handed at registration, or the one a notice e-mailed since.</summary>
    public static bool TokenMatches(Registration registration, string? token)
    {
        ArgumentNullException.ThrowIfNull(registration);
        return TokenMatches(registration.CancellationTokenHash, token)
            || (registration.EmailedTokenHash is { } emailed && TokenMatches(emailed, token));
    }

    public static bool TokenMatches(string hash, string? token) =>
        token is { Length: > 0 }
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(hash));
}
