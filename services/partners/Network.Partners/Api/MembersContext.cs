using Network.Partners.Members;
using Network.Partners.Persistence;
using Network.ServiceDefaults.Identity;

namespace Network.Partners.Api;

/// <summary>What the members endpoints need, bound once with <c>[AsParameters]</c>.</summary>
internal readonly record struct MembersContext(
    PartnersDbContext Db,
    Membership Membership,
    TimeProvider Time,
    Caller Caller
)
{
    /// <summary>Who made a change, for the record.</summary>
    public string By => Caller.UserName ?? Caller.UserId!;
}
