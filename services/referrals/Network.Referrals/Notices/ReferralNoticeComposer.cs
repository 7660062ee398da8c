using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Referrals.Domain;
using Network.Referrals.Persistence;
using Network.ServiceDefaults.Notices;

namespace Network.Referrals.Notices;

/// <summary>
/// The referrals service's words for its notices, written to the structure's contact e-mail from its profile. They
/// name the other structure, the date and its commune, and link to the referral on the portal: nothing of the resident
/// (name, contacts, needs, note) is ever in them.
/// </summary>
internal sealed class ReferralNoticeComposer(
    ReferralsDbContext db,
    IOptions<NoticeOptions> options,
    IOptions<ReferralsOptions> referrals
) : INoticeComposer
{
    public async Task<NoticeDraft> ComposeAsync(Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (
            !Enum.TryParse<ReferralNoticeKind>(notice.Kind, out var kind)
            || await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == notice.SubjectId, cancellationToken)
                is not { } referral
            || IsMoot(kind, referral)
        )
        {
            return NoticeDraft.Moot;
        }

        var partners = await db
            .Partners.AsNoTracking()
            .Where(p => p.Id == referral.FromPartnerId || p.Id == referral.ToPartnerId)
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        if (partners.GetValueOrDefault(notice.RecipientId ?? Guid.Empty) is not { } recipient)
        {
            return NoticeDraft.Moot;
        }

        if (recipient.ContactEmail is not { } address)
        {
            return NoticeDraft.NoAddress;
        }

        var otherId = kind == ReferralNoticeKind.ReferralAnswered ? referral.ToPartnerId : referral.FromPartnerId;
        var other = partners.GetValueOrDefault(otherId) is { } partner
            ? NoticeWords.Structure(partner.Name, partner.Commune)
            : "une structure du réseau";
        var sent = NoticeWords.Day(referral.CreatedAt);
        var expires = NoticeWords.Day(referral.CreatedAt.AddDays(referrals.Value.AnswerWithinDays));
        var (subject, paragraphs) = kind switch
        {
            ReferralNoticeKind.ReferralReceived => (
                $"Nouvelle orientation de {other}",
                new[]
                {
                    $"{other} vous a orienté une personne {sent}.",
                    $"Merci de l'accepter ou de la refuser avant {expires} : la structure attend votre réponse.",
                }
            ),
            ReferralNoticeKind.ReferralReminder => (
                $"Orientation en attente de réponse : {other}",
                [
                    $"L'orientation envoyée par {other} {sent} attend toujours votre réponse.",
                    $"Sans réponse, elle expirera {expires}.",
                ]
            ),
            ReferralNoticeKind.ReferralExpiring => (
                $"Orientation bientôt expirée : {other}",
                [
                    $"L'orientation envoyée par {other} {sent} expirera {expires} faute de réponse.",
                    "Acceptez-la ou refusez-la d'ici là : la structure qui vous l'a envoyée saura quoi faire.",
                ]
            ),
            _ => Answered(referral, other, sent),
        };
        var content = new NoticeContent(
            subject,
            [
                "Bonjour,",
                .. paragraphs,
                "Les coordonnées de la personne ne sont pas dans ce message : elles sont sur le portail, réservées "
                    + "aux équipes des deux structures.",
            ]
        )
        {
            Links = [new("Voir l'orientation", options.Value.Portal($"espace/orientations/{referral.Id}"))],
        };
        return NoticeDraft.To(address, content);
    }

    private static (string, string[]) Answered(Referral referral, string receiver, string sent) =>
        referral.Status == ReferralStatus.Declined
            ? (
                $"Orientation refusée par {receiver}",
                [$"{receiver} a refusé l'orientation que vous lui avez envoyée {sent}.", "Le motif est sur le portail."]
            )
            : (
                $"Orientation acceptée par {receiver}",
                [
                    $"{receiver} a accepté l'orientation que vous lui avez envoyée {sent}.",
                    referral.AppointmentAt is { } at
                        ? $"Rendez-vous proposé : {NoticeWords.DayAndTime(at)}."
                        : "La structure prendra contact avec la personne.",
                ]
            );

    /// <summary>A reminder or a warning once the referral is answered, or anything once it is erased, says nothing
    /// true.</summary>
    private static bool IsMoot(ReferralNoticeKind kind, Referral referral) =>
        referral.IsErased || (kind != ReferralNoticeKind.ReferralAnswered && referral.Status != ReferralStatus.Sent);
}
