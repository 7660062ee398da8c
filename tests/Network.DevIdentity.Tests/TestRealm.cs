namespace Network.DevIdentity.Tests;

/// <summary>
/// A realm export of Keycloak's shape in a temporary folder, with the data and mail folders beside it: two partner
/// users (one partner, two partners), a disabled user, the CLI client, an automation client, the portal (a
/// confidential client of the code flow that must use PKCE S256), another code-flow client that need not, a
/// client without the code flow, and three callers of the admin API: the members client's service account
/// (view-users, manage-users, as the platform's), a directory client's that reads users and the realm (view-users,
/// view-realm), and a person who manages users.
/// </summary>
public sealed class TestRealm : IDisposable
{
    public const string Name = "network";
    public const string CliClient = "network-cli";
    public const string AutomationClient = "network-automation";
    public const string AutomationSecret = "automation-secret";
    public const string ApiAudience = "network-api";
    public const string PortalClient = "network-portal";
    public const string PortalSecret = "portal-secret";
    public const string PortalRedirectUri = "http://localhost:5080/signin-oidc";
    public const string PortalPostLogoutRedirectUri = "http://localhost:5080/signout-callback-oidc";
    public const string OtherClient = "network-other";
    public const string OtherSecret = "other-secret";
    public const string OtherRedirectUri = "http://other.localhost:6000/signin-oidc";
    public const string NoBrowserClient = "network-no-browser";
    public const string NoBrowserSecret = "no-browser-secret";
    public const string MembersClient = "network-members";
    public const string MembersSecret = "members-secret";
    public const string DirectoryClient = "network-directory";
    public const string DirectorySecret = "directory-secret";
    public const string Manager = "members.manager";
    public const string ManagerPassword = "manager-password";

    public static readonly Guid FirstPartner = new("0193a000-0000-7000-8000-000000000001");
    public static readonly Guid SecondPartner = new("0193a000-0000-7000-8000-000000000002");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"devidentity-tests-{Guid.NewGuid():N}");

    public TestRealm()
        : this(Json) { }

    /// <summary>A test realm of the given export, e.g. the repository's own.</summary>
    public TestRealm(string json)
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(RealmFile, json);
    }

    public string RealmFile => Path.Combine(_folder, "realm.json");

    public string DataPath => Path.Combine(_folder, "data");

    /// <summary>The id of a user of the test realm, which has none in the export: the one DevIdentity
    /// derives.</summary>
    public static string IdOf(string username) => new Realm.RealmUser { Username = username }.SubjectIn(Name);

    /// <summary>Where DevIdentity writes the e-mails it would send.</summary>
    public string MailPath => Path.Combine(_folder, "mail");

    /// <summary>Changes the export on disk, as a person editing it would; DevIdentity reads it again.</summary>
    public void Rewrite(Func<string, string> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var before = File.GetLastWriteTimeUtc(RealmFile);
        File.WriteAllText(RealmFile, change(File.ReadAllText(RealmFile)));

        // A distinct time even on a file system that keeps whole seconds.
        File.SetLastWriteTimeUtc(RealmFile, before.AddSeconds(1));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string Json =>
        $$"""
            {
              "realm": "{{Name}}",
              "enabled": true,
              "accessTokenLifespan": 120,
              "roles": {
                "realm": [ { "name": "coordinator" }, { "name": "partner-staff" }, { "name": "partner-admin" } ]
              },
              "clients": [
                {
                  "clientId": "{{CliClient}}",
                  "publicClient": true,
                  "directAccessGrantsEnabled": true,
                  "protocolMappers": [
                    {{AudienceMapper}},
                    {{PartnerIdMapper}}
                  ]
                },
                {
                  "clientId": "{{AutomationClient}}",
                  "publicClient": false,
                  "secret": "{{AutomationSecret}}",
                  "serviceAccountsEnabled": true,
                  "protocolMappers": [ {{AudienceMapper}} ]
                },
                {
                  "clientId": "{{PortalClient}}",
                  "publicClient": false,
                  "clientAuthenticatorType": "client-secret",
                  "secret": "{{PortalSecret}}",
                  "standardFlowEnabled": true,
                  "directAccessGrantsEnabled": false,
                  "rootUrl": "http://localhost:5080",
                  "redirectUris": [ "{{PortalRedirectUri}}" ],
                  "attributes": {
                    "pkce.code.challenge.method": "S256",
                    "post.logout.redirect.uris": "{{PortalPostLogoutRedirectUri}}"
                  },
                  "defaultClientScopes": [ "profile", "email", "roles", "web-origins", "acr", "basic" ],
                  "optionalClientScopes": [ "offline_access", "address", "phone", "microprofile-jwt" ],
                  "protocolMappers": [
                    {{AudienceMapper}},
                    {{PartnerIdMapper}}
                  ]
                },
                {
                  "clientId": "{{OtherClient}}",
                  "publicClient": false,
                  "secret": "{{OtherSecret}}",
                  "redirectUris": [ "http://other.localhost:6000/*" ],
                  "attributes": { "post.logout.redirect.uris": "+" },
                  "protocolMappers": [ {{AudienceMapper}} ]
                },
                {
                  "clientId": "{{NoBrowserClient}}",
                  "publicClient": false,
                  "secret": "{{NoBrowserSecret}}",
                  "standardFlowEnabled": false,
                  "redirectUris": [ "http://localhost:7000/*" ]
                },
                {
                  "clientId": "{{MembersClient}}",
                  "publicClient": false,
                  "secret": "{{MembersSecret}}",
                  "standardFlowEnabled": false,
                  "serviceAccountsEnabled": true
                },
                {
                  "clientId": "{{DirectoryClient}}",
                  "publicClient": false,
                  "secret": "{{DirectorySecret}}",
                  "standardFlowEnabled": false,
                  "serviceAccountsEnabled": true
                }
              ],
              "users": [
                {
                  "username": "one.partner",
                  "enabled": true,
                  "emailVerified": true,
                  "firstName": "Ada",
                  "lastName": "Martin",
                  "email": "ada@example.org",
                  "credentials": [ { "type": "password", "value": "one-password" } ],
                  "realmRoles": [ "default-roles-network", "partner-staff" ],
                  "attributes": { "partner_id": [ "{{FirstPartner}}" ] }
                },
                {
                  "username": "two.partners",
                  "enabled": true,
                  "firstName": "Bruno",
                  "lastName": "Petit",
                  "email": "bruno@example.org",
                  "credentials": [ { "type": "password", "value": "two-password" } ],
                  "realmRoles": [ "partner-admin" ],
                  "attributes": { "partner_id": [ "{{FirstPartner}}", "{{SecondPartner}}" ] }
                },
                {
                  "username": "{{Manager}}",
                  "enabled": true,
                  "email": "manager@example.org",
                  "credentials": [ { "type": "password", "value": "{{ManagerPassword}}" } ],
                  "clientRoles": { "realm-management": [ "manage-users" ] }
                },
                {
                  "username": "disabled",
                  "enabled": false,
                  "credentials": [ { "type": "password", "value": "disabled-password" } ]
                },
                {
                  "username": "service-account-{{AutomationClient}}",
                  "enabled": true,
                  "serviceAccountClientId": "{{AutomationClient}}",
                  "realmRoles": [ "coordinator" ]
                },
                {
                  "username": "service-account-{{MembersClient}}",
                  "enabled": true,
                  "serviceAccountClientId": "{{MembersClient}}",
                  "realmRoles": [ "default-roles-network" ],
                  "clientRoles": { "realm-management": [ "view-users", "manage-users" ] }
                },
                {
                  "username": "service-account-{{DirectoryClient}}",
                  "enabled": true,
                  "serviceAccountClientId": "{{DirectoryClient}}",
                  "clientRoles": { "realm-management": [ "view-users", "view-realm" ] }
                }
              ]
            }
            """;

    private static string AudienceMapper =>
        $$"""
            {
              "name": "api audience",
              "protocol": "openid-connect",
              "protocolMapper": "oidc-audience-mapper",
              "config": { "included.client.audience": "{{ApiAudience}}", "access.token.claim": "true" }
            }
            """;

    private static string PartnerIdMapper =>
        """
            {
              "name": "partner_id",
              "protocol": "openid-connect",
              "protocolMapper": "oidc-usermodel-attribute-mapper",
              "config": {
                "user.attribute": "partner_id",
                "claim.name": "partner_id",
                "multivalued": "true",
                "access.token.claim": "true"
              }
            }
            """;
}
