namespace Network.Contracts.Partners;

/// <summary>The coordinator suspended a partner: it can publish nothing new until reactivated.</summary>
public sealed record PartnerSuspended(PartnerSnapshot Partner, DateTimeOffset OccurredAt) : IPartnerMessage;
