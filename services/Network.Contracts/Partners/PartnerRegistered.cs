namespace Network.Contracts.Partners;

/// <summary>A partner joined the directory: created active by the coordinator, or applying as pending.</summary>
public sealed record PartnerRegistered(PartnerSnapshot Partner, DateTimeOffset OccurredAt) : IPartnerMessage;
