namespace Network.Contracts.Partners;

/// <summary>A partner's profile changed (name, kind, address...).</summary>
public sealed record PartnerProfileUpdated(PartnerSnapshot Partner, DateTimeOffset OccurredAt) : IPartnerMessage;
