using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Equipment.Domain;
using Network.Equipment.Persistence;
using Network.ServiceDefaults.Notices;

namespace Network.Equipment.Notices;

/// <summary>
/// The equipment service's words for its notices, written to the structure's contact e-mail from its profile: the
/// item, the loan's dates, the other structure and its commune, and a link to the loan on the portal.
/// </summary>
internal sealed class LoanNoticeComposer(EquipmentDbContext db, IOptions<NoticeOptions> options) : INoticeComposer
{
    public async Task<NoticeDraft> ComposeAsync(Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (
            !Enum.TryParse<LoanNoticeKind>(notice.Kind, out var kind)
            || await db
                .Reservations.AsNoTracking()
                .FirstOrDefaultAsync(r => r.Id == notice.SubjectId, cancellationToken)
                is not { } loan
            || IsMoot(kind, loan)
        )
        {
            return NoticeDraft.Moot;
        }

        var item = await db
            .Items.AsNoTracking()
            .Where(i => i.Id == loan.EquipmentId)
            .Select(i => i.Name)
            .FirstAsync(cancellationToken);
        var partners = await db
            .Partners.AsNoTracking()
            .Where(p => p.Id == loan.OwnerId || p.Id == loan.BorrowerId)
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        if (partners.GetValueOrDefault(notice.RecipientId ?? Guid.Empty) is not { } recipient)
        {
            return NoticeDraft.Moot;
        }

        if (recipient.ContactEmail is not { } address)
        {
            return NoticeDraft.NoAddress;
        }

        var toOwner = recipient.Id == loan.OwnerId;
        var otherId = toOwner ? loan.BorrowerId : loan.OwnerId;
        var other = partners.GetValueOrDefault(otherId) is { } partner
            ? NoticeWords.Structure(partner.Name, partner.Commune)
            : "une structure du réseau";
        var period = $"du {NoticeWords.Day(loan.From)[3..]} au {NoticeWords.Day(loan.To)[3..]}";
        var (subject, paragraphs) = kind switch
        {
            LoanNoticeKind.LoanRequested => (
                $"Demande de prêt : {item}",
                new[]
                {
                    $"{other} demande à emprunter « {item} » {period}.",
                    $"Motif indiqué : {loan.Purpose}",
                    "Approuvez ou refusez la demande sur le portail.",
                }
            ),
            LoanNoticeKind.LoanApproved => (
                $"Prêt approuvé : {item}",
                [
                    $"{other} a approuvé votre demande d'emprunt de « {item} » {period}.",
                    "Venez chercher l'objet au début du prêt, et rendez-le à sa fin.",
                ]
            ),
            LoanNoticeKind.LoanRejected => (
                $"Prêt refusé : {item}",
                [$"{other} a refusé votre demande d'emprunt de « {item} » {period}.", $"Motif : {loan.RejectionReason}"]
            ),
            LoanNoticeKind.LoanOverdue when toOwner => (
                $"Prêt en retard : {item}",
                [$"« {item} », prêté à {other} {period}, n'est pas encore rendu.", "Contactez la structure."]
            ),
            LoanNoticeKind.LoanOverdue => (
                $"Prêt en retard : {item}",
                [
                    $"Le prêt de « {item} » par {other} {period} est terminé, et l'objet n'est pas encore rendu.",
                    "Rapportez-le au plus vite, ou prenez contact avec la structure.",
                ]
            ),
            _ => (
                $"Objet en réparation : {item}",
                [
                    $"« {item} », que vous devez emprunter à {other} {period}, est revenu abîmé d'un autre prêt : "
                        + "il est en réparation.",
                    "Votre prêt est maintenu pour le moment ; vérifiez avec la structure qu'il sera prêt à temps.",
                ]
            ),
        };
        var content = new NoticeContent(subject, ["Bonjour,", .. paragraphs])
        {
            Links = [new("Voir le prêt", options.Value.Portal($"espace/materiel/prets/{loan.Id}"))],
        };
        return NoticeDraft.To(address, content);
    }

    /// <summary>A request already answered, an overdue loan already back, a loan to come cancelled since: nothing to
    /// say.</summary>
    private static bool IsMoot(LoanNoticeKind kind, Reservation loan) =>
        kind switch
        {
            LoanNoticeKind.LoanRequested => loan.Status != ReservationStatus.Requested,
            LoanNoticeKind.LoanOverdue => loan.Status != ReservationStatus.Overdue,
            LoanNoticeKind.LoanItemDamaged => !loan.IsPending,
            _ => false,
        };
}
