namespace Network.Contracts.Partners;

/// <summary>A partner joined the directory, either created active by the coordinator or applying as pending.</summary>
/// <param name="Kind">Structure kind code of the national standard (e.g. <c>centre-social</c>).</param>
/// <param name="Status">Kebab-case status: <c>pending</c> or <c>active</c>.</param>
public sealed record PartnerRegistered(
    Guid PartnerId,
    string Name,
    string Kind,
    string Status,
    string PostalCode,
    string Commune,
    string? InseeCode,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
