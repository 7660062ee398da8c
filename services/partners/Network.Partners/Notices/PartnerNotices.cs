using Network.Partners.Domain;
using Network.Partners.Persistence;
using Network.ServiceDefaults.Notices;

namespace Network.Partners.Notices;

/// <summary>What the partners service tells, stored by name in the notice's <c>Kind</c>.</summary>
public enum PartnerNoticeKind
{
    /// <summary>To the coordinator (<c>Notices:CoordinatorEmail</c>): a structure applied to join.</summary>
    ApplicationReceived,

    /// <summary>To the structure: its application is approved.</summary>
    PartnerApproved,

    /// <summary>To the structure: it is suspended, with the reason.</summary>
    PartnerSuspended,
}

/// <summary>Owes a message about a partner, in the save that makes the change.</summary>
internal static class PartnerNotices
{
    public static void Owe(PartnersDbContext db, Partner partner, PartnerNoticeKind kind, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(partner);
        db.Notices.Add(
            Notice.Create(
                kind.ToString(),
                partner.Id,
                now,
                kind == PartnerNoticeKind.ApplicationReceived ? null : partner.Id
            )
        );
    }
}
