namespace Network.DevIdentity;

/// <summary>The <c>DevIdentity</c> configuration section; relative paths are resolved against the content root.</summary>
public sealed class DevIdentityOptions
{
    public const string SectionName = "DevIdentity";

    /// <summary>The Keycloak realm export (RealmRepresentation JSON) to serve.</summary>
    public string? RealmFile { get; set; }

    /// <summary>Where the signing key is kept across restarts, so that issued tokens stay valid.</summary>
    public string DataPath { get; set; } = "data/identity";
}
