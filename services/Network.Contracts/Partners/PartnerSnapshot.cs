namespace Network.Contracts.Partners;

/// <summary>
/// A partner as it stands after a fact: every partner message carries one, so that a service's replica is
/// complete from any one message, whatever order they arrive in. Organisation data only.
/// </summary>
/// <param name="Kind">Structure kind code of the taxonomy (e.g. <c>centre-social</c>).</param>
/// <param name="Status">Kebab-case status: <c>pending</c>, <c>active</c>, <c>suspended</c> or <c>archived</c>.</param>
/// <param name="ContactEmail">The structure's contact e-mail from its profile (an organisation's, not a resident's):
/// where the platform writes to the structure. Absent from messages published before it was added.</param>
public sealed record PartnerSnapshot(
    Guid PartnerId,
    string Name,
    string Kind,
    string Status,
    string PostalCode,
    string Commune,
    string? InseeCode,
    double? Latitude,
    double? Longitude,
    string? ContactEmail = null
);
