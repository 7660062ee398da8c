namespace Network.Contracts.Partners;

/// <summary>
/// A partner as it stands after a fact: every partner message carries one, so that a service's replica is
/// complete from any one message, whatever order they arrive in. Organisation data only.
/// </summary>
/// <param name="Kind">Structure kind code of the taxonomy (e.g. <c>centre-social</c>).</param>
/// <param name="Status">Kebab-case status: <c>pending</c>, <c>active</c>, <c>suspended</c> or <c>archived</c>.</param>
public sealed record PartnerSnapshot(
    Guid PartnerId,
    string Name,
    string Kind,
    string Status,
    string PostalCode,
    string Commune,
    string? InseeCode,
    double? Latitude,
    double? Longitude
);
