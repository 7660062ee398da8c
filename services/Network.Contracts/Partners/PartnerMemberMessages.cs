namespace Network.Contracts.Partners;

/// <summary>A person's account now works for the partner, with <paramref name="Role"/> (<c>partner-staff</c> or
/// <c>partner-admin</c>). The account is named by its id only.</summary>
public sealed record PartnerMemberAdded(Guid PartnerId, string MemberId, string Role, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>A member of the partner now has <paramref name="Role"/>.</summary>
public sealed record PartnerMemberRoleChanged(Guid PartnerId, string MemberId, string Role, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>A person's account no longer works for the partner.</summary>
public sealed record PartnerMemberRemoved(Guid PartnerId, string MemberId, DateTimeOffset OccurredAt)
    : IIntegrationEvent;
