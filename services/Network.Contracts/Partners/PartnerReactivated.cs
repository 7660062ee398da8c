namespace Network.Contracts.Partners;

/// <summary>A suspended partner is active again.</summary>
public sealed record PartnerReactivated(PartnerSnapshot Partner, DateTimeOffset OccurredAt) : IPartnerMessage;
