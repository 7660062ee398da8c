namespace Network.DevIdentity;

/// <summary>The <c>DevIdentity</c> configuration section; relative paths are resolved against the content
/// root.</summary>
public sealed class DevIdentityOptions
{
    public const string SectionName = "DevIdentity";

    /// <summary>The Keycloak realm export (RealmRepresentation JSON) to serve.</summary>
    public string? RealmFile { get; set; }

    /// <summary>
    /// Where the signing key is kept across restarts, so that issued tokens stay valid, and the changes made through
    /// the admin API (<c>users.json</c>), applied over the realm file's users.
    /// </summary>
    public string DataPath { get; set; } = "data/identity";

    /// <summary>
    /// Where the e-mails Keycloak would send (execute-actions-email) are written as <c>.eml</c> files; none are
    /// sent when it is not set.
    /// </summary>
    public string? MailPickupDirectory { get; set; }

    /// <summary>
    /// Redirect URI patterns by client id (<c>DevIdentity:RedirectUris:{clientId}:0</c>), accepted besides the
    /// realm file's redirect and post-logout redirect URIs of that client: the app host and the tests put the
    /// gateway on ports the realm file cannot know.
    /// </summary>
    public Dictionary<string, string[]> RedirectUris { get; } = new(StringComparer.OrdinalIgnoreCase);
}
