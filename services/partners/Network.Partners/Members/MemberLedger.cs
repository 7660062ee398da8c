using Network.Contracts.Partners;
using Network.Partners.Domain;
using Network.Partners.Persistence;

namespace Network.Partners.Members;

/// <summary>Records a change of members and publishes it as a fact, in the caller's next save.</summary>
internal static class MemberLedger
{
    public static void Added(
        PartnersDbContext db,
        TimeProvider time,
        Guid partnerId,
        string memberId,
        string role,
        string by,
        bool invited
    )
    {
        var now = time.GetUtcNow();
        db.MemberChanges.Add(
            new MemberChange(partnerId, memberId, invited ? MemberChanges.Invited : MemberChanges.Added, role, by, now)
        );
        db.Publish(new PartnerMemberAdded(partnerId, memberId, role, now), time);
    }

    public static void RoleChanged(
        PartnersDbContext db,
        TimeProvider time,
        Guid partnerId,
        string memberId,
        string role,
        string by
    )
    {
        var now = time.GetUtcNow();
        db.MemberChanges.Add(new MemberChange(partnerId, memberId, MemberChanges.RoleChanged, role, by, now));
        db.Publish(new PartnerMemberRoleChanged(partnerId, memberId, role, now), time);
    }

    public static void Removed(PartnersDbContext db, TimeProvider time, Guid partnerId, string memberId, string by)
    {
        var now = time.GetUtcNow();
        db.MemberChanges.Add(new MemberChange(partnerId, memberId, MemberChanges.Removed, null, by, now));
        db.Publish(new PartnerMemberRemoved(partnerId, memberId, now), time);
    }
}
