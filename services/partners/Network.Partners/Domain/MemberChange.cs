namespace Network.Partners.Domain;

/// <summary>
/// One change of a partner's members, kept for good: who changed whom, when, and what (<see cref="MemberChanges"/>).
/// The member is named by their account's id only; their name and e-mail stay in Keycloak.
/// </summary>
public sealed record MemberChange(
    Guid PartnerId,
    string MemberId,
    string Change,
    string? Role,
    string By,
    DateTimeOffset At
)
{
    public long Id { get; init; }
}

/// <summary>What a <see cref="MemberChange"/> did.</summary>
public static class MemberChanges
{
    public const string Invited = "invited";
    public const string Added = "added";
    public const string RoleChanged = "role-changed";
    public const string Removed = "removed";
}
