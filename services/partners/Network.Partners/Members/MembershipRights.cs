using Network.Partners.Domain;
using Network.Partners.Persistence;

namespace Network.Partners.Members;

/// <summary>The rights a step of a partner's life asks of Keycloak, saved with the step (<see
/// cref="MembershipTasks"/>).</summary>
internal static class MembershipRights
{
    /// <summary>Approved: its applicant, if it had one, becomes its admin.</summary>
    public static bool AfterApproval(PartnersDbContext db, Partner partner, string by, DateTimeOffset now)
    {
        if (partner.AppliedBy is { } applicant)
        {
            db.MembershipTasks.Add(MembershipTask.Grant(partner.Id, applicant, by, now));
        }

        return true;
    }

    /// <summary>Archived: its members lose it, and their roles with their last partner.</summary>
    public static bool AfterArchive(PartnersDbContext db, Partner partner, string by, DateTimeOffset now)
    {
        db.MembershipTasks.Add(MembershipTask.Revoke(partner.Id, by, now));
        return true;
    }
}
