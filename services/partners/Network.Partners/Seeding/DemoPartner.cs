namespace Network.Partners.Seeding;

/// <summary>A partner of the demo network, as written in <c>demo-partners.json</c>.</summary>
internal sealed record DemoPartner(Guid Id, string Name, string Kind, string Description, DemoAddress Address);

internal sealed record DemoAddress(string? Street, string PostalCode, string Commune, string? InseeCode, double? Latitude, double? Longitude);
