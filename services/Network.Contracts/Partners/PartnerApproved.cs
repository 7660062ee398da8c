namespace Network.Contracts.Partners;

/// <summary>The coordinator approved a pending partner: it is active.</summary>
public sealed record PartnerApproved(PartnerSnapshot Partner, DateTimeOffset OccurredAt) : IPartnerMessage;
