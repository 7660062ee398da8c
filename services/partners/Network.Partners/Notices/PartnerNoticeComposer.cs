using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Partners.Domain;
using Network.Partners.Persistence;
using Network.ServiceDefaults.Notices;

namespace Network.Partners.Notices;

/// <summary>
/// The partners service's words: to the coordinator, at <see cref="NoticeOptions.CoordinatorEmail"/>, an application
/// to moderate; to a structure, at the contact e-mail of its profile, its approval or its suspension.
/// </summary>
internal sealed class PartnerNoticeComposer(PartnersDbContext db, IOptions<NoticeOptions> options) : INoticeComposer
{
    public async Task<NoticeDraft> ComposeAsync(Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (
            !Enum.TryParse<PartnerNoticeKind>(notice.Kind, out var kind)
            || await db
                .Partners.AsNoTracking()
                .Include(p => p.History)
                .FirstOrDefaultAsync(p => p.Id == notice.SubjectId, cancellationToken)
                is not { } partner
        )
        {
            return NoticeDraft.Moot;
        }

        var settings = options.Value;
        var structure = NoticeWords.Structure(partner.Name, partner.Address.Commune);
        var change = partner.History.Count > 0 ? partner.History[^1] : null;
        var when = NoticeWords.Day(change?.At ?? partner.CreatedAt);
        var (address, content) = kind switch
        {
            PartnerNoticeKind.ApplicationReceived => (
                settings.CoordinatorEmail,
                new NoticeContent(
                    $"Nouvelle demande d'adhésion : {structure}",
                    [
                        "Bonjour,",
                        $"{structure} a demandé {when} à rejoindre le réseau.",
                        "Relisez sa fiche, puis approuvez-la ou refusez-la.",
                    ]
                )
                {
                    Links = [new("Voir la demande", settings.Portal($"coordination/structures/{partner.Id}"))],
                }
            ),
            PartnerNoticeKind.PartnerApproved => (
                partner.Contact.Email,
                new NoticeContent(
                    $"Bienvenue dans le réseau : {partner.Name}",
                    [
                        "Bonjour,",
                        $"La demande d'adhésion de {structure} est approuvée {when}.",
                        "Votre structure apparaît dans l'annuaire. Vous pouvez publier des ateliers, orienter des "
                            + "personnes et prêter du matériel.",
                    ]
                )
                {
                    Links = [new("Ouvrir mon espace", settings.Portal("espace"))],
                }
            ),
            _ => (
                partner.Contact.Email,
                new NoticeContent(
                    $"Structure suspendue : {partner.Name}",
                    [
                        "Bonjour,",
                        $"{structure} est suspendue du réseau depuis {when}.",
                        $"Motif : {change?.Reason}",
                        "Vous pouvez consulter vos dossiers, pas agir. Contactez la coordination régionale.",
                    ]
                )
                {
                    Links = [new("Ouvrir mon espace", settings.Portal("espace"))],
                }
            ),
        };
        if (IsMoot(kind, partner))
        {
            return NoticeDraft.Moot;
        }

        return address is null ? NoticeDraft.NoAddress : NoticeDraft.To(address, content);
    }

    /// <summary>An application already moderated, a suspension already lifted: nothing to say.</summary>
    private static bool IsMoot(PartnerNoticeKind kind, Partner partner) =>
        kind switch
        {
            PartnerNoticeKind.ApplicationReceived => partner.Status != PartnerStatus.Pending,
            PartnerNoticeKind.PartnerSuspended => partner.Status != PartnerStatus.Suspended,
            _ => partner.Status == PartnerStatus.Archived,
        };
}
