using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Events.Api;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.Events.Privacy;
using Network.ServiceDefaults.Notices;

namespace Network.Events.Notices;

/// <summary>
/// The events service's words for its notices: it alone holds registrants' addresses, read when the notice is sent.
/// A notice no longer true when its turn comes (the registration cancelled or erased since, the messages stopped, the
/// workshop cancelled before its reminder) is dropped.
/// </summary>
internal sealed class RegistrantNoticeComposer(
    EventsDbContext db,
    ContactHashes hashes,
    IOptions<NoticeOptions> options,
    TimeProvider time
) : INoticeComposer
{
    public async Task<NoticeDraft> ComposeAsync(Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (
            !Enum.TryParse<NoticeKind>(notice.Kind, out var kind)
            || await db.Registrations.FirstOrDefaultAsync(r => r.Id == notice.SubjectId, cancellationToken)
                is not { } registration
        )
        {
            return NoticeDraft.Moot;
        }

        var e = await db.Events.AsNoTracking().SingleAsync(x => x.Id == registration.EventId, cancellationToken);
        if (IsMoot(kind, registration, e))
        {
            return NoticeDraft.Moot;
        }

        if (registration.Email is not { } address)
        {
            return NoticeDraft.NoAddress;
        }

        var organiser = await db
            .Partners.AsNoTracking()
            .Where(p => p.Id == e.OrganiserId)
            .Select(p => p.Name)
            .FirstOrDefaultAsync(cancellationToken);
        var position =
            kind == NoticeKind.RegistrationWaitlisted
                ? await db.Registrations.CountAsync(
                    r =>
                        r.EventId == e.Id
                        && r.Status == RegistrationStatus.Waitlisted
                        && r.Sequence <= registration.Sequence,
                    cancellationToken
                )
                : (int?)null;
        var links = await LinksAsync(registration, kind, cancellationToken);
        var content = NoticeTexts.For(kind, registration, e, organiser ?? "la structure organisatrice", position) with
        {
            Links = links,
            Attachments = Invites(kind) ? [Invitation(e, organiser)] : [],
        };
        return NoticeDraft.To(address, content);
    }

    private bool IsMoot(NoticeKind kind, Registration registration, Event e) =>
        registration.ErasedAt is not null
        || registration.NoticesStoppedAt is not null
        || (registration.Status == RegistrationStatus.Cancelled && kind != NoticeKind.EventCancelled)
        || (kind == NoticeKind.RegistrationWaitlisted && registration.Status != RegistrationStatus.Waitlisted)
        || (
            kind == NoticeKind.EventReminder
            && (
                e.Status != EventStatus.Published
                || registration.Status != RegistrationStatus.Confirmed
                || e.StartsAt <= time.GetUtcNow()
            )
        );

    /// <summary>The messages that hand the workshop to the registrant's calendar, as it now is.</summary>
    private static bool Invites(NoticeKind kind) =>
        kind
            is NoticeKind.RegistrationConfirmed
                or NoticeKind.WaitlistPromoted
                or NoticeKind.EventRescheduled
                or NoticeKind.EventCancelled;

    private NoticeAttachment Invitation(Event e, string? organiser) =>
        new(
            "atelier.ics",
            "text/calendar; method=PUBLISH; charset=utf-8",
            Encoding.UTF8.GetBytes(
                CalendarFeed.Write(
                    [e],
                    organiser is null ? new Dictionary<Guid, string>() : new() { [e.OrganiserId] = organiser },
                    time.GetUtcNow()
                )
            )
        );

    /// <summary>
    /// The workshop's page; while the registration holds, its cancellation; always, the link that stops these
    /// messages. Both carry the e-mailed token, the same in every e-mail (a keyed hash of the registration's id, its
    /// own hash stored beside the first token), so that an older e-mail's links keep working.
    /// </summary>
    private async Task<IReadOnlyList<NoticeLink>> LinksAsync(
        Registration registration,
        NoticeKind kind,
        CancellationToken cancellationToken
    )
    {
        var settings = options.Value;
        var token = await hashes.HashAsync($"emailed-token:{registration.Id}", cancellationToken) ?? "";
        var hash = Registrations.Hash(token);
        if (registration.EmailedTokenHash != hash)
        {
            registration.IssueEmailedToken(hash);
        }

        var query = $"atelier={registration.EventId}&inscription={registration.Id}&jeton={Uri.EscapeDataString(token)}";
        var links = new List<NoticeLink> { new("Voir l'atelier", settings.Portal($"ateliers/{registration.EventId}")) };
        if (kind != NoticeKind.EventCancelled)
        {
            links.Add(new("Annuler mon inscription", settings.Portal($"inscription/annuler?{query}")));
        }

        links.Add(
            new(
                "Ne plus recevoir de messages pour cette inscription",
                settings.Portal($"inscription/ne-plus-recevoir?{query}")
            )
        );
        return links;
    }
}
