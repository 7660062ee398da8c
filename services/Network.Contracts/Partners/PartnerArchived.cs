namespace Network.Contracts.Partners;

/// <summary>A partner left the network for good.</summary>
public sealed record PartnerArchived(PartnerSnapshot Partner, DateTimeOffset OccurredAt) : IPartnerMessage;
