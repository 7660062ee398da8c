namespace Network.Contracts.Partners;

/// <summary>
/// What every partner message carries: the partner as it stands after the fact, so that a service's replica
/// is complete from any one message, whatever order they arrive in. Organisation data only.
/// </summary>
public interface IPartnerSnapshot : IIntegrationEvent
{
    Guid PartnerId { get; }

    string Name { get; }

    /// <summary>Structure kind code of the taxonomy (e.g. <c>centre-social</c>).</summary>
    string Kind { get; }

    /// <summary>Kebab-case status: <c>pending</c>, <c>active</c>, <c>suspended</c> or <c>archived</c>.</summary>
    string Status { get; }

    string PostalCode { get; }

    string Commune { get; }

    string? InseeCode { get; }

    double? Latitude { get; }

    double? Longitude { get; }
}
